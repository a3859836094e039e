package org.confsite.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.confsite.error.SiteException;
import org.junit.jupiter.api.Test;

class BuildClockTest {
    private static final Instant WALL = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void sourceDateEpochWinsOverTheWallClock() {
        assertEquals(Instant.parse("2024-06-10T06:13:20Z"), BuildClock.fromEnvironment("1718000000", WALL));
        assertEquals(Instant.parse("2024-06-10T06:13:20Z"), BuildClock.fromEnvironment(" 1718000000\n", WALL));
        assertEquals(WALL, BuildClock.fromEnvironment(null, WALL));
        assertEquals(WALL, BuildClock.fromEnvironment("", WALL));
    }

    @Test
    void aMalformedSourceDateEpochIsAnErrorNotTheWallClock() {
        SiteException e = assertThrows(SiteException.class, () -> BuildClock.fromEnvironment("yesterday", WALL));
        assertEquals("SOURCE_DATE_EPOCH: is not a number of seconds: 'yesterday' (unset it or give seconds since 1970)",
                e.problems().get(0).toString());
    }
}
