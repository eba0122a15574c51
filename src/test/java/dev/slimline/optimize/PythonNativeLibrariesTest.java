package dev.slimline.optimize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Python stack's data: requirement names and the libraries their wheels need (python-native-packages.yaml). */
class PythonNativeLibrariesTest {

    @Test
    void pythonPackagesAddTheLibrariesTheirWheelsNeed() {
        List<String> names = PythonNativeLibraries.requirementNames(List.of("scikit-learn>=1.3 # model", "Celery==5.2.6",
                "-r base.txt"));
        assertThat(names).containsExactly("scikit-learn", "celery");
        assertThat(PythonNativeLibraries.debian(names)).containsExactly("libgomp1");
        assertThat(PythonNativeLibraries.alpine(List.of("lxml"))).containsExactly("libxml2", "libxslt");
        assertThat(PythonNativeLibraries.debian(List.of("flask"))).isEmpty();
    }
}
