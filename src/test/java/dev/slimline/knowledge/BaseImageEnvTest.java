package dev.slimline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaseImageEnvTest {

    @Test
    void namesTheBaseImagesSetThemselvesFromTheData() {
        assertThat(BaseImageEnv.setByBaseImage("PATH")).isTrue();
        assertThat(BaseImageEnv.setByBaseImage("PYTHON_VERSION")).isTrue();
        assertThat(BaseImageEnv.setByBaseImage("GOPATH")).isTrue();
        assertThat(BaseImageEnv.setByBaseImage("DATABASE_URL")).as("the app's own").isFalse();
    }
}
