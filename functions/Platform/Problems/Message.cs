namespace Congress.Platform.Problems;

/// <summary>
/// One message said in French and in English. Built only as <c>Message.Fr("…").En("…")</c>: the
/// language is in the name of each call, so the two texts cannot be swapped by argument order.
/// </summary>
public sealed class Message
{
    private Message(string fr, string en)
    {
        French = fr;
        English = en;
    }

    public string French { get; }
    public string English { get; }

    public static FrenchText Fr(string text) => new(text);

    /// <summary>The French half of a message, waiting for its English half.</summary>
    public readonly struct FrenchText(string text)
    {
        public Message En(string english) => new(text, english);
    }

    public override string ToString() => English;
}
