namespace TitanFleet.Simulator.Demo;

/// <summary>A demo driver's request the server refused: logged, and the shift loop tries again after a pause.</summary>
public sealed class DemoStepException(string message) : Exception(message);
