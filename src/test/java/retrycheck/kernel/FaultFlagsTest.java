package retrycheck.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static retrycheck.kernel.FaultFlags.*;

/** include/linux/mm.h FAULT_FLAG_* and fault_flag_allow_retry_first() (v5.7.14 mm.h:435-470). */
class FaultFlagsTest {
    /** Bits that do not take part in the retry decision; the results must not depend on them. */
    private static final int[] NOISE = {0, WRITE, USER | KILLABLE, RETRY_NOWAIT, INTERRUPTIBLE | REMOTE | INSTRUCTION | MKWRITE};

    @Test
    void allowRetryFirstTruthTable() {
        for (int noise : NOISE) {
            assertFalse(allowRetryFirst(noise), "neither");
            assertTrue(allowRetryFirst(noise | ALLOW_RETRY), "ALLOW_RETRY only: the first attempt");
            assertFalse(allowRetryFirst(noise | TRIED), "TRIED only");
            assertFalse(allowRetryFirst(noise | ALLOW_RETRY | TRIED), "ALLOW_RETRY|TRIED: a later attempt");
        }
    }

    @Test
    void forbiddenIsExactlyTriedWithoutAllowRetry() {
        for (int f = 0; f < 0x400; f++) {
            boolean expected = (f & ALLOW_RETRY) == 0 && (f & TRIED) != 0;
            assertEquals(expected, isForbidden(f), describe(f));
            assertFalse(isForbidden(f) && allowRetryFirst(f), describe(f));
        }
        assertTrue(isForbidden(TRIED));
        assertTrue(isForbidden(TRIED | KILLABLE | USER | WRITE));
        assertFalse(isForbidden(ALLOW_RETRY | TRIED));
        assertFalse(isForbidden(0));
    }

    @Test
    void kernelValues() {
        assertEquals(0x214, DEFAULT);
        assertEquals(ALLOW_RETRY | KILLABLE | INTERRUPTIBLE, DEFAULT);
        assertEquals(0x01, WRITE);
        assertEquals(0x04, ALLOW_RETRY);
        assertEquals(0x08, RETRY_NOWAIT);
        assertEquals(0x10, KILLABLE);
        assertEquals(0x20, TRIED);
        assertEquals(0x40, USER);
        assertEquals(0x200, INTERRUPTIBLE);
        assertTrue(allowRetryFirst(DEFAULT));
        assertFalse(allowRetryFirst(DEFAULT | TRIED));
    }

    @Test
    void namesAndDescribe() {
        assertEquals("0", names(0));
        assertEquals("ALLOW_RETRY|KILLABLE|INTERRUPTIBLE", names(DEFAULT));
        assertEquals("ALLOW_RETRY|KILLABLE|TRIED (0x34)", describe(ALLOW_RETRY | KILLABLE | TRIED));
        assertEquals("TRIED|0x8000", names(TRIED | 0x8000), "unknown bits are kept in hex");
        assertEquals("TRIED|VMA_LOCK", names(TRIED | VMA_LOCK), "v6.4: FAULT_FLAG_VMA_LOCK = 1 << 12");
    }

    @Test
    void parseRoundTripsEveryCombination() {
        for (int f = 0; f < 0x400; f++) assertEquals(f, parse(names(f)), names(f));
        assertEquals(TRIED | 0x8000, parse(names(TRIED | 0x8000)));
        assertEquals(ALLOW_RETRY | TRIED, parse(" ALLOW_RETRY | TRIED "));
        assertEquals(0x34, parse("0x34"));
        assertEquals(0, parse("0"));
    }

    @Test
    void parseRejectsUnknownNameListingTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("ALLOW_RETRY|RETRIED"));
        assertTrue(e.getMessage().contains("'RETRIED'"), e.getMessage());
        for (String n : new String[] {"WRITE", "MKWRITE", "ALLOW_RETRY", "RETRY_NOWAIT", "KILLABLE", "TRIED", "USER",
                "REMOTE", "INSTRUCTION", "INTERRUPTIBLE"})
            assertTrue(e.getMessage().contains(n), n + " in: " + e.getMessage());
    }
}
