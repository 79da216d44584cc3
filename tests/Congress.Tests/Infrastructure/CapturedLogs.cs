using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Congress.Tests.Infrastructure;

/// <summary>
/// Every log line the app writes, as a log sink would see it: category, message, the structured
/// values, the scopes around it and the exception. Add it with <c>services.AddSingleton&lt;ILoggerProvider&gt;(logs)</c>.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private ConcurrentQueue<(Entry Entry, string Line)> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    /// <summary>One log call: its level, category, formatted message and exception.</summary>
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    public IReadOnlyList<Entry> Entries => _lines.Select(l => l.Entry).ToList();

    /// <summary>Each entry as a sink would store it: message, structured values, scopes and exception.</summary>
    public IReadOnlyList<string> Lines => _lines.Select(l => l.Line).ToList();

    public string All => string.Join('\n', Lines);

    public void Clear() => _lines = new ConcurrentQueue<(Entry, string)>();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var line = new StringBuilder($"{logLevel} {category}: {message}");
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
                foreach (var (key, value) in values) line.Append($" | {key}={value}");
            owner._scopes.ForEachScope((scope, builder) =>
            {
                builder.Append(" | scope ").Append(scope);
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    foreach (var (key, value) in pairs) builder.Append($" {key}={value}");
            }, line);
            if (exception is not null) line.Append(" | ").Append(exception);
            owner._lines.Enqueue((new Entry(logLevel, category, message, exception), line.ToString()));
        }
    }
}
