package retrycheck.check;

import retrycheck.kernel.Variant;

/** What a monitor knows about the check it watches. */
public record CheckContext(String handler, Variant variant, Scenario scenario) {}
