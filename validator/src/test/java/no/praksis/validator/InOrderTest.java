package no.praksis.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsAreTakenInTheInputsOrderWhileTheWorkRunsOnSeveralThreads() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<Integer> taken = new ArrayList<>();
        InOrder.each(inputs, 4, input -> {
            threads.add(Thread.currentThread().getName() + Thread.currentThread().getId());
            // Earlier inputs take longer, so that later ones finish first.
            LockSupport.parkNanos((200 - input) * 20_000L);
            return input * 2;
        }, taken::add);
        assertThat(taken).isEqualTo(inputs.stream().map(i -> i * 2).toList());
        assertThat(threads).hasSizeGreaterThan(1);
    }

    @Test
    void aFailureOfTheWorkIsThrownWhenItsTurnComes() {
        List<Integer> taken = new ArrayList<>();
        assertThatThrownBy(() -> InOrder.each(List.of(1, 2, 3, 4), 2, input -> {
            if (input == 3) {
                throw new IllegalStateException("three");
            }
            return input;
        }, taken::add)).isInstanceOf(IllegalStateException.class).hasMessage("three");
        assertThat(taken).containsExactly(1, 2);
        Function<Integer, Integer> outOfMemory = input -> {
            throw new OutOfMemoryError("simulated");
        };
        assertThatThrownBy(() -> InOrder.each(List.of(1, 2), 2, outOfMemory, taken::add))
                .isInstanceOf(OutOfMemoryError.class);
    }
}
