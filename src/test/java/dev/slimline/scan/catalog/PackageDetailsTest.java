package dev.slimline.scan.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slimline.image.TestImageArchives.LayerTar;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Licences, digests and dependency links, where each package manager's own files record them. */
class PackageDetailsTest {

    private static Map<String, CatalogedPackage> catalog(LayerTar layer) throws IOException {
        return CatalogFixtures.catalog(layer).packages().stream().collect(Collectors.toMap(CatalogedPackage::purl, Function.identity()));
    }

    @Test
    void npmLicencesInEachSpellingAndDependenciesResolvedTheWayNodeFindsThem() throws IOException {
        Map<String, CatalogedPackage> npm = catalog(new LayerTar()
                .file("app/node_modules/express/package.json", """
                        {"name": "express", "version": "4.18.2", "license": "MIT",
                         "dependencies": {"debug": "2.6.9", "cookie": "0.5.0", "missing-one": "1.0.0"}}""")
                // express's own nested copy wins over the hoisted one
                .file("app/node_modules/express/node_modules/debug/package.json", """
                        {"name": "debug", "version": "2.6.9", "license": {"type": "MIT"}, "dependencies": {"ms": "2.0.0"}}""")
                .file("app/node_modules/debug/package.json", """
                        {"name": "debug", "version": "4.3.4", "licenses": [{"type": "MIT"}, {"type": "Apache-2.0"}]}""")
                .file("app/node_modules/cookie/package.json", "{\"name\": \"cookie\", \"version\": \"0.5.0\"}")
                .file("app/node_modules/ms/package.json", "{\"name\": \"ms\", \"version\": \"2.0.0\", \"license\": \"MIT\"}"));

        CatalogedPackage express = npm.get("pkg:npm/express@4.18.2");
        assertThat(express.details().licenses()).containsExactly("MIT");
        assertThat(express.details().dependsOn()).containsExactly("pkg:npm/debug@2.6.9", "pkg:npm/cookie@0.5.0");
        assertThat(npm.get("pkg:npm/debug@2.6.9").details().licenses()).containsExactly("MIT");
        assertThat(npm.get("pkg:npm/debug@2.6.9").details().dependsOn()).containsExactly("pkg:npm/ms@2.0.0");
        assertThat(npm.get("pkg:npm/debug@4.3.4").details().licenses()).containsExactly("MIT", "Apache-2.0");
        assertThat(npm.get("pkg:npm/cookie@0.5.0").details()).isEqualTo(CatalogedPackage.Details.NONE);
    }

    @Test
    void pythonGemAndComposerLicences() throws IOException {
        Map<String, CatalogedPackage> packages = catalog(new LayerTar()
                .file("usr/lib/python3/site-packages/attrs-23.1.0.dist-info/METADATA",
                        "Metadata-Version: 2.4\nName: attrs\nVersion: 23.1.0\nLicense-Expression: MIT\nLicense: ignored\n")
                .file("usr/lib/python3/site-packages/six-1.16.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\nLicense: MIT\n")
                .file("usr/lib/python3/site-packages/pasted-1.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: pasted\nVersion: 1.0\nLicense: Copyright (c) 2020 Someone\n"
                                + "        Permission is hereby granted, free of charge, to any person obtaining a copy\n")
                .file("usr/lib/python3/site-packages/old-1.0.dist-info/METADATA",
                        "Metadata-Version: 2.1\nName: old\nVersion: 1.0\nLicense: UNKNOWN\n")
                .file("var/lib/gems/3.1.0/specifications/rack-2.2.3.gemspec",
                        "Gem::Specification.new do |s|\n  s.name = \"rack\".freeze\n  s.version = \"2.2.3\"\n"
                                + "  s.licenses = [\"MIT\".freeze, \"Ruby\".freeze]\nend\n")
                .file("var/www/vendor/composer/installed.json", """
                        {"packages": [{"name": "monolog/monolog", "version": "3.5.0", "license": ["MIT"]}]}"""));

        assertThat(packages.get("pkg:pypi/attrs@23.1.0").details().licenses()).containsExactly("MIT");
        assertThat(packages.get("pkg:pypi/six@1.16.0").details().licenses()).containsExactly("MIT");
        assertThat(packages.get("pkg:pypi/pasted@1.0").details().licenses()).as("a pasted licence text").isEmpty();
        assertThat(packages.get("pkg:pypi/old@1.0").details().licenses()).isEmpty();
        assertThat(packages.get("pkg:gem/rack@2.2.3").details().licenses()).containsExactly("MIT", "Ruby");
        assertThat(packages.get("pkg:composer/monolog/monolog@3.5.0").details().licenses()).containsExactly("MIT");
    }

    @Test
    void cargoLockChecksumsAndDependenciesIncludingOnesNamedWithTheirVersion() throws IOException {
        Map<String, CatalogedPackage> crates = catalog(new LayerTar().file("app/Cargo.lock", """
                version = 3

                [[package]]
                name = "app"
                version = "0.1.0"
                dependencies = [
                 "serde",
                 "syn 2.0.39",
                ]

                [[package]]
                name = "serde"
                version = "1.0.193"
                source = "registry+sparse+https://index.example.invalid/"
                checksum = "25dd9975e68d0cb5aa1120c288333fc98731bd1dd12f561e468ea4728c042b89"
                dependencies = [
                 "syn 1.0.109",
                ]

                [[package]]
                name = "syn"
                version = "1.0.109"
                source = "registry+sparse+https://index.example.invalid/"
                checksum = "72b64191b275b66ffe2469e8af2c1cfe3bafa67b529ead792a6d0160888b4237"

                [[package]]
                name = "syn"
                version = "2.0.39"
                source = "registry+sparse+https://index.example.invalid/"
                checksum = "23e78b90f2fcf45d3e842032ce32e3f2d1545ba6636271dcbf24fa306d87be7a"
                """));

        CatalogedPackage serde = crates.get("pkg:cargo/serde@1.0.193");
        assertThat(serde.details().hashes())
                .containsExactly(Map.entry("SHA-256", "25dd9975e68d0cb5aa1120c288333fc98731bd1dd12f561e468ea4728c042b89"));
        assertThat(serde.details().dependsOn()).containsExactly("pkg:cargo/syn@1.0.109");
        assertThat(crates).containsOnlyKeys("pkg:cargo/serde@1.0.193", "pkg:cargo/syn@1.0.109", "pkg:cargo/syn@2.0.39");
    }

    @Test
    void dotnetDepsSha512IsTheNupkgDigestInHex() throws IOException {
        Map<String, CatalogedPackage> nuget = catalog(new LayerTar().file("app/App.deps.json", """
                {"libraries": {"Newtonsoft.Json/12.0.3": {"type": "package",
                  "sha512": "sha512-6mgjfnRB4jKMlzHSl+VD+oUc1IebOZabkbyWj2RiTgWwYPPuaK1H97G1sHqGwPlS5npiF5Q0OrxN1wni2n5QWg=="},
                  "Broken/1.0.0": {"type": "package", "sha512": "sha512-not base64!"}}}"""));

        assertThat(nuget.get("pkg:nuget/Newtonsoft.Json@12.0.3").details().hashes()).containsExactly(Map.entry("SHA-512",
                "ea68237e7441e2328c9731d297e543fa851cd4879b39969b91bc968f64624e05b060f3ee68ad47f7b1b5b07a86c0f952e67a621794343abc4dd709e2da7e505a"));
        assertThat(nuget.get("pkg:nuget/Broken@1.0.0").details().hashes()).isEmpty();
    }
}
