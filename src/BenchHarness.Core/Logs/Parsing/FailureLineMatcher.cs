using System.Buffers;
using System.Text.RegularExpressions;

namespace BenchHarness.Logs.Parsing;

/// <summary>
/// Recognises the lines of a failure by family: a refused split mode, an allocation that failed (with the device and
/// size when printed), a GPU backend that did not start, and the model loader's errors. One line can show several:
/// <c>llama_model_load: error loading model: unable to allocate CUDA0 buffer</c> is out of memory and a model load.
/// </summary>
internal static partial class FailureLineMatcher
{
    // Every failure line holds one of these case-sensitive stems ("ailed" for failed and Failed); the rest of the log
    // costs a search, not a dozen expressions. Two groups of at most eight keep each search fast.
    private static readonly SearchValues<string> Words = SearchValues.Create(
        ["ailed", "alloc", "emory", "nable", "rror loading", "GGUF", "magic", "xiting"], StringComparison.Ordinal);

    private static readonly SearchValues<string> MoreWords = SearchValues.Create(
        ["alling back", "CUDA-capable", "insufficient", "plit mode"], StringComparison.Ordinal);

    public static FailureLine? Match(string text)
    {
        if (text.AsSpan().IndexOfAny(Words) < 0 && text.AsSpan().IndexOfAny(MoreWords) < 0)
        {
            return null;
        }

        var kinds = new List<LogFailureKind>(2);
        if (SplitModeRefused().IsMatch(text))
        {
            kinds.Add(LogFailureKind.SplitMode);
        }

        var (outOfMemory, device, mib) = Allocation(text);
        if (outOfMemory)
        {
            kinds.Add(LogFailureKind.OutOfMemory);
        }

        if (BackendInit().Match(text) is { Success: true } backend)
        {
            kinds.Add(LogFailureKind.BackendInit);
            device ??= backend.Groups["device"].Success ? backend.Groups["device"].Value : null;
        }

        if (ModelLoad().IsMatch(text))
        {
            kinds.Add(LogFailureKind.ModelLoad);
        }

        if (kinds.Count > 0)
        {
            return new FailureLine(kinds, device, mib);
        }

        return LoadConsequence().IsMatch(text) ? new FailureLine([LogFailureKind.ModelLoad], null, null, Consequence: true) : null;
    }

    private static (bool OutOfMemory, string? Device, double? Mib) Allocation(string text)
    {
        if (CudaMalloc().Match(text) is { Success: true } malloc)
        {
            return (true, "CUDA" + malloc.Groups["device"].Value, LogNumbers.Double(malloc.Groups["mib"].Value));
        }

        if (InsufficientHostMemory().Match(text) is { Success: true } host)
        {
            return (true, null, LogNumbers.Double(host.Groups["mib"].Value));
        }

        if (BufferOfSize().Match(text) is { Success: true } buffer)
        {
            var device = buffer.Groups["device"].Success ? buffer.Groups["device"].Value : null;
            return (true, device, LogNumbers.Double(buffer.Groups["bytes"].Value) / LogNumbers.BytesPerMib);
        }

        if (UnableToAllocate().Match(text) is { Success: true } unable)
        {
            return (true, unable.Groups["device"].Value, null);
        }

        return (OutOfMemory().IsMatch(text), null, null);
    }

    [GeneratedRegex(@"allocating (?<mib>\d+(?:\.\d+)?) MiB on device (?<device>\d+): cudaMalloc failed: out of memory")]
    private static partial Regex CudaMalloc();

    // ggml prints MB but divides by 1024 * 1024.
    [GeneratedRegex(@"insufficient memory \(attempted to allocate (?<mib>\d+(?:\.\d+)?) MB\)")]
    private static partial Regex InsufficientHostMemory();

    [GeneratedRegex(@"failed to allocate (?:(?<device>[\w-]+) )?buffer of size (?<bytes>\d+)")]
    private static partial Regex BufferOfSize();

    [GeneratedRegex(@"unable to allocate (?<device>[\w-]+) buffer")]
    private static partial Regex UnableToAllocate();

    [GeneratedRegex(@"out of memory|failed to allocate (?:compute buffers|buffer for kv cache|\w+ buffers?\b)|ErrorOutOfDeviceMemory|cannot allocate memory|std::bad_alloc", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfMemory();

    // "failed to initialize CUDA: no CUDA-capable device is detected", "failed to initialize CUDA0 backend",
    // "CUDA init failed, falling back to CPU". The fallback warning "Split mode 'graph' is not supported for this
    // model" is a startup fact, not a failure: the server changes mode and goes on.
    [GeneratedRegex(@"failed to initiali[sz]e (?:the )?(?:(?<device>(?:CUDA|ROCm|HIP|Vulkan|SYCL|MUSA|CANN)\d+)|CUDA|ROCm|HIP|Vulkan|Metal|SYCL|MUSA|CANN)|(?:CUDA|ROCm|HIP|Vulkan|Metal|SYCL|MUSA|CANN)\d*\s+(?:backend\s+)?init(?:iali[sz]ation)?\s+failed|falling back to (?:the )?CPU|no CUDA-capable device is detected|CUDA driver version is insufficient", RegexOptions.IgnoreCase)]
    private static partial Regex BackendInit();

    [GeneratedRegex(@"not possible to use split mode|split mode '?\w+'? or '?\w+'? not supported|(?:not supported|not sypported|not compatible|does not work) (?:with|when using) split mode", RegexOptions.IgnoreCase)]
    private static partial Regex SplitModeRefused();

    [GeneratedRegex(@"error loading model|failed to open GGUF file|invalid magic characters|failed to load model from|llama_(?:model_load|load_model)\w*: failed to load model", RegexOptions.IgnoreCase)]
    private static partial Regex ModelLoad();

    [GeneratedRegex(@"failed to load model|unable to load model|failed to create[ _]context|exiting due to model loading error", RegexOptions.IgnoreCase)]
    private static partial Regex LoadConsequence();
}
