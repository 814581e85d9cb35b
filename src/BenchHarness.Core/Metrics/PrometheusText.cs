using System.Globalization;

namespace BenchHarness.Metrics;

/// <summary>
/// Reads the Prometheus text exposition format (0.0.4), what llama-server's <c>/metrics</c> answers: <c># HELP</c>,
/// <c># TYPE</c> and other comments are skipped; each sample line is a name, optional labels, a value (NaN and ±Inf
/// included) and an optional timestamp, which is ignored. A line that is none of these is an error naming its line.
/// </summary>
public static class PrometheusText
{
    /// <exception cref="FormatException">A sample line does not parse; the message names the line and what is wrong.</exception>
    public static IReadOnlyList<PrometheusSample> Parse(string body)
    {
        var samples = new List<PrometheusSample>();
        var number = 0;
        foreach (var raw in body.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r').Trim(' ', '\t');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            try
            {
                samples.Add(new SampleLine(line).Read());
            }
            catch (FormatException e)
            {
                throw new FormatException($"line {number}: {e.Message}: {line}", e);
            }
        }

        return samples;
    }

    /// <summary>A cursor over one sample line.</summary>
    private ref struct SampleLine(string line)
    {
        private int _at;

        public PrometheusSample Read()
        {
            var name = Name(metric: true);
            var labels = Peek('{') ? Labels() : [];
            SkipBlanks(required: true, "a space before the value");
            var valueText = Word();
            var value = Value(valueText);
            if (SkipBlanks(required: false, "") && _at < line.Length)
            {
                var timestamp = Word();
                if (!long.TryParse(timestamp, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    throw new FormatException($"timestamp '{timestamp}' is not an integer");
                }
            }

            if (_at < line.Length)
            {
                throw new FormatException($"unexpected text after the value at column {_at + 1}");
            }

            return new PrometheusSample(name, labels, value);
        }

        private string Name(bool metric)
        {
            var start = _at;
            while (_at < line.Length && IsNameChar(line[_at], first: _at == start, metric))
            {
                _at++;
            }

            return _at > start ? line[start.._at] : throw new FormatException($"expected a {(metric ? "metric" : "label")} name at column {start + 1}");
        }

        private List<KeyValuePair<string, string>> Labels()
        {
            var labels = new List<KeyValuePair<string, string>>();
            _at++; // '{'
            while (true)
            {
                SkipBlanks(required: false, "");
                if (Peek('}'))
                {
                    _at++;
                    return labels;
                }

                var name = Name(metric: false);
                SkipBlanks(required: false, "");
                Expect('=');
                SkipBlanks(required: false, "");
                labels.Add(new(name, Quoted()));
                SkipBlanks(required: false, "");
                if (Peek(','))
                {
                    _at++;
                }
                else if (!Peek('}'))
                {
                    throw new FormatException($"expected ',' or '}}' after label {name} at column {_at + 1}");
                }
            }
        }

        private string Quoted()
        {
            Expect('"');
            var text = new System.Text.StringBuilder();
            while (_at < line.Length && line[_at] != '"')
            {
                var c = line[_at++];
                if (c == '\\' && _at < line.Length)
                {
                    var escaped = line[_at++];
                    c = escaped switch
                    {
                        'n' => '\n',
                        '\\' or '"' => escaped,
                        _ => throw new FormatException($"unknown escape '\\{escaped}' in a label value at column {_at - 1}"),
                    };
                }

                text.Append(c);
            }

            Expect('"');
            return text.ToString();
        }

        private static double Value(string text) => text.ToLowerInvariant() switch
        {
            "nan" => double.NaN,
            "+inf" or "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) => value,
            _ => throw new FormatException($"value '{text}' is not a number"),
        };

        private string Word()
        {
            var start = _at;
            while (_at < line.Length && line[_at] is not (' ' or '\t'))
            {
                _at++;
            }

            return _at > start ? line[start.._at] : throw new FormatException($"expected a value at column {start + 1}");
        }

        private bool SkipBlanks(bool required, string what)
        {
            var start = _at;
            while (_at < line.Length && line[_at] is ' ' or '\t')
            {
                _at++;
            }

            return _at > start || (required ? throw new FormatException($"expected {what} at column {start + 1}") : false);
        }

        private readonly bool Peek(char c) => _at < line.Length && line[_at] == c;

        private void Expect(char c)
        {
            if (!Peek(c))
            {
                throw new FormatException($"expected '{c}' at column {_at + 1}");
            }

            _at++;
        }

        private static bool IsNameChar(char c, bool first, bool metric) =>
            c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_' || (metric && c == ':') || (!first && c is >= '0' and <= '9');
    }
}
