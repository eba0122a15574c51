package dev.slimline.knowledge;

import dev.slimline.dockerfile.ImageReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Versioned facts about base images and OS packages, read from the YAML resources beside this class
 * ({@code base-images.yaml}, {@code package-sizes.yaml}). Immutable and safe to share.
 */
public final class KnowledgeCatalog {

    private static final String DISTROLESS = "gcr.io/distroless/";

    private final List<BaseImage> images;
    private final Map<String, List<BaseImage>> imagesByName;
    private final Map<String, String> deploysOn;
    private final Map<String, PackageSize> packages;
    private final Map<String, Set<String>> packageSets;

    private KnowledgeCatalog(List<BaseImage> images, Map<String, String> deploysOn,
            Map<String, PackageSize> packages, Map<String, Set<String>> packageSets) {
        this.images = List.copyOf(images);
        Map<String, List<BaseImage>> byName = new LinkedHashMap<>();
        for (BaseImage image : images) {
            byName.computeIfAbsent(image.image(), name -> new ArrayList<>()).add(image);
        }
        byName.replaceAll((name, list) -> List.copyOf(list));
        this.imagesByName = Map.copyOf(byName);
        this.deploysOn = Map.copyOf(deploysOn);
        this.packages = Map.copyOf(packages);
        this.packageSets = Map.copyOf(packageSets);
    }

    /** The catalog shipped in the jar, read at first use (an audit that finds no Dockerfile never reads it). */
    public static KnowledgeCatalog bundled() {
        return Bundled.CATALOG;
    }

    /** A catalog that knows no image and no package: for work that looks nothing up (an audit that found nothing). */
    public static KnowledgeCatalog empty() {
        return new KnowledgeCatalog(List.of(), Map.of(), Map.of(), Map.of());
    }

    private static final class Bundled {
        static final KnowledgeCatalog CATALOG = load(BundledYaml.open(KnowledgeCatalog.class, "base-images.yaml"),
                BundledYaml.open(KnowledgeCatalog.class, "package-sizes.yaml"));
    }

    /**
     * Read as trees and mapped by hand: Jackson's record deserializers cost a fresh JVM about 0.08 CPU-s to set up,
     * more than reading the files (bench/README.md). Strict all the same: a field the catalog does not know fails.
     */
    static KnowledgeCatalog load(JsonParser baseImages, JsonParser packageSizes) {
        try (baseImages; packageSizes) {
            CatalogFiles.Images imageFile = CatalogFiles.Images.of(KnowledgeYaml.tree(baseImages));
            CatalogFiles.Packages packageFile = CatalogFiles.Packages.of(KnowledgeYaml.tree(packageSizes));
            return new KnowledgeCatalog(imageFile.toBaseImages(), imageFile.deploysOnOrEmpty(),
                    packageFile.toSizes(), packageFile.setsOrEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge catalog unreadable", e);
        }
    }

    public List<BaseImage> images() {
        return images;
    }

    /**
     * The catalog entry for an image reference. Unknown tags of a known image match the nearest entry of
     * the family (same variant, nearest version) and are flagged approximate; unknown images give empty.
     */
    public Optional<CatalogMatch> lookup(String reference) {
        return lookup(ImageReference.parse(reference));
    }

    public Optional<CatalogMatch> lookup(ImageReference reference) {
        List<BaseImage> family = imagesNamed(reference.repository());
        if (family.isEmpty()) {
            return Optional.empty();
        }
        boolean renamed = !family.get(0).image().equals(reference.repository());
        String tag = reference.effectiveTag();
        if (!reference.hasUnresolvedVariable() && !tag.isEmpty()) {
            for (BaseImage image : family) {
                if (image.answersTo(tag)) {
                    return Optional.of(new CatalogMatch(reference, image, renamed,
                            renamed ? "matched " + image.reference() : "exact"));
                }
            }
        }
        return Optional.of(nearest(reference, family, tag));
    }

    private List<BaseImage> imagesNamed(String repository) {
        List<BaseImage> exact = imagesByName.get(repository);
        if (exact != null) {
            return exact;
        }
        // Older distroless names (gcr.io/distroless/python3, -debian11) fall back to the Debian 12 images.
        if (repository.startsWith(DISTROLESS)) {
            String stem = repository.replaceFirst("-debian\\d+$", "");
            return imagesByName.getOrDefault(stem + "-debian12", List.of());
        }
        return List.of();
    }

    private static CatalogMatch nearest(ImageReference reference, List<BaseImage> family, String tag) {
        TagShape wanted = TagShape.of(reference.hasUnresolvedVariable() ? "" : tag);
        Comparator<BaseImage> byCloseness = Comparator
                .comparing((BaseImage image) -> !TagShape.of(image.tag()).variant().equals(wanted.variant()))
                .thenComparing(image -> wanted.hasVersion() ? TagShape.of(image.tag()).distanceTo(wanted) : 0L)
                .thenComparing(image -> image.family() != ImageFamily.FULL);
        BaseImage best = family.stream().min(byCloseness).orElseThrow();
        TagShape bestShape = TagShape.of(best.tag());
        boolean sameLine = bestShape.variant().equals(wanted.variant()) && bestShape.versionContains(wanted);
        String note = sameLine
                ? tag + " matched the " + best.tag() + " line"
                : "tag " + (tag.isEmpty() ? "(digest only)" : tag) + " not in the catalog; nearest is " + best.reference();
        return new CatalogMatch(reference, best, !sameLine, note);
    }

    /** What installing {@code name} with {@code manager} (apt or apk) adds, when known. */
    public Optional<PackageSize> packageSize(String manager, String name) {
        return Optional.ofNullable(packages.get(key(manager, name)));
    }

    /** The packages of a named set, such as those {@code buildpack-deps} images already carry. */
    public Set<String> packageSet(String name) {
        return packageSets.getOrDefault(name, Set.of());
    }

    /** The runtime a toolchain's output deploys on ({@code go} builds static binaries), else the runtime itself. */
    public String deploysOn(String runtime) {
        return deploysOn.getOrDefault(runtime, runtime);
    }

    private static String key(String manager, String name) {
        return manager.toLowerCase(Locale.ROOT) + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The YAML files' shapes; kept private to the catalog so the public model stays plain records. */
    private static final class CatalogFiles {

        record ImageEntry(String image, String tag, List<String> aliases, String family, String runtime,
                String runtimeVersion, String role, String libc, Boolean shell, String packageManager,
                String preinstalled, double sizeMB, int layers, String source, String date, Boolean estimated,
                String jlinkOn) {

            static ImageEntry of(JsonNode node) {
                known(node, "image entry", "image", "tag", "aliases", "family", "runtime", "runtimeVersion", "role",
                        "libc", "shell", "packageManager", "preinstalled", "sizeMB", "layers", "source", "date",
                        "estimated", "jlinkOn");
                return new ImageEntry(text(node, "image"), text(node, "tag"), texts(node.get("aliases")),
                        text(node, "family"), text(node, "runtime"), text(node, "runtimeVersion"), text(node, "role"),
                        text(node, "libc"), flag(node, "shell"), text(node, "packageManager"), text(node, "preinstalled"),
                        node.path("sizeMB").asDouble(), node.path("layers").asInt(), text(node, "source"),
                        text(node, "date"), flag(node, "estimated"), text(node, "jlinkOn"));
            }
        }

        record Images(Map<String, String> defaults, List<ImageEntry> images, Map<String, String> deploysOn) {

            static Images of(JsonNode root) {
                known(root, "base-images.yaml", "defaults", "images", "deploysOn");
                List<ImageEntry> entries = new ArrayList<>();
                root.path("images").forEach(entry -> entries.add(ImageEntry.of(entry)));
                return new Images(textMap(root.get("defaults")), entries, textMap(root.get("deploysOn")));
            }

            List<BaseImage> toBaseImages() {
                String defaultDate = defaults == null ? "" : defaults.getOrDefault("date", "");
                List<BaseImage> result = new ArrayList<>();
                for (ImageEntry entry : images) {
                    if (entry.source() == null || entry.source().isBlank()) {
                        throw new IllegalStateException("catalog entry without source: " + entry.image() + ":" + entry.tag());
                    }
                    result.add(new BaseImage(entry.image(), entry.tag(), entry.aliases(),
                            ImageFamily.valueOf(entry.family().toUpperCase(Locale.ROOT)),
                            entry.runtime(), entry.runtimeVersion() == null ? "" : entry.runtimeVersion(),
                            BaseImage.Role.valueOf(entry.role().toUpperCase(Locale.ROOT)),
                            BaseImage.Libc.valueOf(entry.libc().toUpperCase(Locale.ROOT)),
                            Boolean.TRUE.equals(entry.shell()), PackageManager.parse(entry.packageManager()), entry.preinstalled(),
                            Math.round(entry.sizeMB() * 1_000_000d), entry.layers(), entry.source(),
                            entry.date() == null ? defaultDate : entry.date(), Boolean.TRUE.equals(entry.estimated()),
                            entry.jlinkOn()));
                }
                return result;
            }

            Map<String, String> deploysOnOrEmpty() {
                return deploysOn == null ? Map.of() : deploysOn;
            }
        }

        record PackageEntry(String name, long ownKiB, long closureKiB, Boolean estimated) {

            static List<PackageEntry> list(JsonNode entries) {
                List<PackageEntry> list = new ArrayList<>();
                for (JsonNode node : entries == null ? List.<JsonNode>of() : entries) {
                    known(node, "package entry", "name", "ownKiB", "closureKiB", "estimated");
                    list.add(new PackageEntry(text(node, "name"), node.path("ownKiB").asLong(),
                            node.path("closureKiB").asLong(), flag(node, "estimated")));
                }
                return entries == null ? null : list;
            }
        }

        record Packages(String source, String date, Map<String, List<String>> sets, List<PackageEntry> apt,
                List<PackageEntry> apk) {

            static Packages of(JsonNode root) {
                known(root, "package-sizes.yaml", "source", "date", "sets", "apt", "apk");
                Map<String, List<String>> sets = null;
                if (root.hasNonNull("sets")) {
                    Map<String, List<String>> named = new LinkedHashMap<>();
                    root.get("sets").properties().forEach(e -> named.put(e.getKey(), texts(e.getValue())));
                    sets = named;
                }
                return new Packages(text(root, "source"), text(root, "date"), sets,
                        PackageEntry.list(root.get("apt")), PackageEntry.list(root.get("apk")));
            }

            Map<String, PackageSize> toSizes() {
                Map<String, PackageSize> sizes = new HashMap<>();
                add(sizes, "apt", apt);
                add(sizes, "apk", apk);
                return sizes;
            }

            private static void add(Map<String, PackageSize> sizes, String manager, List<PackageEntry> entries) {
                for (PackageEntry entry : entries == null ? List.<PackageEntry>of() : entries) {
                    sizes.put(key(manager, entry.name()), new PackageSize(manager, entry.name(),
                            entry.ownKiB() * 1024, entry.closureKiB() * 1024, Boolean.TRUE.equals(entry.estimated())));
                }
            }

            Map<String, Set<String>> setsOrEmpty() {
                Map<String, Set<String>> result = new HashMap<>();
                if (sets != null) {
                    sets.forEach((name, members) -> result.put(name, Set.copyOf(members)));
                }
                return result;
            }
        }

        /** A field the file's shape does not name is a typo in the data: the build's tests fail on it. */
        private static void known(JsonNode node, String what, String... fields) {
            Set<String> names = Set.of(fields);
            node.fieldNames().forEachRemaining(name -> {
                if (!names.contains(name)) {
                    throw new IllegalStateException("knowledge catalog: unknown field '" + name + "' in " + what
                            + (node.has("image") ? " " + node.get("image").asText() + ":" + node.path("tag").asText() : ""));
                }
            });
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        private static Boolean flag(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asBoolean();
        }

        private static List<String> texts(JsonNode list) {
            return list == null || list.isNull() ? null : KnowledgeYaml.strings(list);
        }

        private static Map<String, String> textMap(JsonNode map) {
            if (map == null || map.isNull()) {
                return null;
            }
            Map<String, String> result = new LinkedHashMap<>();
            map.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
            return result;
        }
    }
}
