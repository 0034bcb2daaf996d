package org.govforms.client;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an application that embeds the SDK gets on its classpath (as Maven resolved it for this build). */
class FootprintTest {

    @Test
    void theSdkBringsNoSpringAndNoServer() throws Exception {
        List<String> jars = Arrays.stream(Files.readString(Path.of("target", "sdk-runtime-classpath.txt")).trim()
                        .split(File.pathSeparator))
                .map(jar -> Path.of(jar).getFileName().toString())
                .toList();

        assertThat(jars).isNotEmpty().anyMatch(jar -> jar.startsWith("okhttp")).anyMatch(jar -> jar.startsWith("feign-core"));
        assertThat(jars).noneMatch(jar -> jar.startsWith("spring"))
                .noneMatch(jar -> jar.startsWith("tomcat"))
                .noneMatch(jar -> jar.startsWith("server-stub"))
                .noneMatch(jar -> jar.startsWith("h2") || jar.startsWith("postgresql") || jar.startsWith("flyway"))
                .as("one OkHttp only: OkHttp 5, not also the OkHttp 4 that feign-okhttp asks for")
                .noneMatch(jar -> jar.matches("okhttp-4\\..*"));
    }
}
