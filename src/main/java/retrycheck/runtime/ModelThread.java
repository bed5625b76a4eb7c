package retrycheck.runtime;

/** A thread of the model: the fault thread or one of its environment (I/O, writer, signal sender, resolver). */
public record ModelThread(String name, Runnable body) {}
