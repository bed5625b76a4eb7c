package retrycheck.runtime;

/** Receives every event of an execution, in order, synchronously. */
public interface EventListener {
    void onEvent(Event e);
}
