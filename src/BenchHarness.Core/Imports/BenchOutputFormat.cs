namespace BenchHarness.Imports;

/// <summary>The outputs <c>bench import</c> reads besides its own <c>run.json</c>.</summary>
public enum BenchOutputFormat
{
    /// <summary><c>llama-bench -o json</c>: one array of test objects.</summary>
    Json,

    /// <summary><c>llama-bench -o jsonl</c>: one test object per line.</summary>
    Jsonl,

    /// <summary><c>llama-bench -o csv</c>: a header of field names, one quoted row per test; no raw samples.</summary>
    Csv,

    /// <summary><c>llama-bench -o sql</c>: <c>CREATE TABLE</c>, then one <c>INSERT</c> per test; no raw samples.</summary>
    Sql,

    /// <summary>ik_llama.cpp's sweep-bench table (<c>| PP | TG | N_KV | T_PP s | S_PP t/s | T_TG s | S_TG t/s |</c>), with its log.</summary>
    SweepBench,
}
