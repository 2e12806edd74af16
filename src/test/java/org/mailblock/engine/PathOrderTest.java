package org.mailblock.engine;

import org.mailblock.engine.session.PathOrder;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

    @Test
    void indexesSortAsNumbersNotAsText() {
        List<String> paths = new ArrayList<>(List.of("users[10].mfa", "users[2].mfa", "admins[1]", "users[2]", "users[100]"));
        paths.sort(PathOrder.INSTANCE);
        assertThat(paths).containsExactly("admins[1]", "users[2]", "users[2].mfa", "users[10].mfa", "users[100]");
    }

    @Test
    void leadingZerosDoNotChangeTheNumber() {
        assertThat(PathOrder.INSTANCE.compare("a007", "a7")).isZero();
        assertThat(PathOrder.INSTANCE.compare("a0", "a000")).isZero();
        assertThat(PathOrder.INSTANCE.compare("a09", "a10")).isNegative();
        assertThat(PathOrder.INSTANCE.compare("a10", "a9")).isPositive();
    }
}
