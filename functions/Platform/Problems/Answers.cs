using Microsoft.AspNetCore.Http.HttpResults;

namespace Congress.Platform.Problems;

/// <summary>The most common answer of a read: the thing found, or the 404 problem; typed, so the endpoint's signature says both.</summary>
public static class Answers
{
    public static Results<Ok<T>, NotFoundProblem> OkOrNotFound<T>(T? value) where T : class =>
        value is null ? Problem.NotFound() : TypedResults.Ok(value);

    public static Results<TFile, NotFoundProblem> FileOrNotFound<T, TFile>(T? value, Func<T, TFile> file)
        where T : class where TFile : IResult =>
        value is null ? Problem.NotFound() : file(value);
}
