package dev.slimline.scan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cases from the purl specification's examples and its encoding rules. */
class PurlTest {

    @Test
    void plusIsEncodedTildeIsNotAndQualifiersAreSortedWithEmptyOnesLeftOut() {
        Map<String, String> qualifiers = new LinkedHashMap<>();
        qualifiers.put("distro", "debian-12");
        qualifiers.put("arch", "amd64");
        qualifiers.put("upstream", "");
        assertThat(Purl.of("deb", "debian", "libxml2", "2.9.14+dfsg-1.3~deb12u1", qualifiers))
                .isEqualTo("pkg:deb/debian/libxml2@2.9.14%2Bdfsg-1.3~deb12u1?arch=amd64&distro=debian-12");
    }

    @Test
    void epochColonAndScopeAtAreEncoded() {
        assertThat(Purl.of("deb", "debian", "vim-tiny", "2:9.0.1378-2", Map.of()))
                .isEqualTo("pkg:deb/debian/vim-tiny@2%3A9.0.1378-2");
        assertThat(Purl.of("npm", "@angular", "core", "16.2.0", Map.of())).isEqualTo("pkg:npm/%40angular/core@16.2.0");
    }

    @Test
    void namespaceSegmentsStaySeparated() {
        assertThat(Purl.of("golang", "github.com/gorilla", "context", "v1.1.1", Map.of()))
                .isEqualTo("pkg:golang/github.com/gorilla/context@v1.1.1");
        assertThat(Purl.of("maven", "org.apache.xmlgraphics", "batik-anim", "1.9.1", Map.of()))
                .isEqualTo("pkg:maven/org.apache.xmlgraphics/batik-anim@1.9.1");
    }

    @Test
    void nonAsciiIsPercentEncodedAsUtf8() {
        assertThat(Purl.encode("ü b")).isEqualTo("%C3%BC%20b");
    }
}
