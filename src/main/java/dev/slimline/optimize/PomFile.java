package dev.slimline.optimize;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few facts of a Maven pom.xml the Java template needs: parent, plugins, dependencies and properties. Parsed
 * with the JDK's DOM parser, DTDs and external entities off (a pom is user input).
 */
record PomFile(Optional<Artifact> parent, List<Artifact> plugins, List<Artifact> dependencies, Map<String, String> properties) {

    /** groupId:artifactId:version as written; version may be empty or a ${property}. */
    record Artifact(String groupId, String artifactId, String version) {
    }

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    static Optional<PomFile> parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing printed
            Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element project = document.getDocumentElement();
            Optional<Artifact> parent = child(project, "parent").map(PomFile::artifact);
            Map<String, String> properties = new HashMap<>();
            child(project, "properties").ifPresent(p -> children(p).forEach(e -> properties.put(e.getTagName(), e.getTextContent().trim())));
            parent.ifPresent(p -> properties.putIfAbsent("project.parent.version", p.version()));
            List<Artifact> plugins = new ArrayList<>();
            List<Artifact> dependencies = new ArrayList<>();
            for (Element element : descendants(project)) {
                if (element.getTagName().equals("plugin")) {
                    plugins.add(artifact(element));
                } else if (element.getTagName().equals("dependency")) {
                    dependencies.add(artifact(element));
                }
            }
            return Optional.of(new PomFile(parent, List.copyOf(plugins), List.copyOf(dependencies), Map.copyOf(properties)));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    Optional<Artifact> plugin(String artifactId) {
        return plugins.stream().filter(p -> p.artifactId().equals(artifactId)).findFirst();
    }

    Optional<Artifact> dependency(String artifactId) {
        return dependencies.stream().filter(d -> d.artifactId().equals(artifactId)).findFirst();
    }

    /** A version with its ${property} references resolved from the pom's own properties; empty when one is unknown. */
    Optional<String> resolve(String version) {
        String value = version;
        for (int depth = 0; depth < 5 && value.contains("${"); depth++) {
            Matcher matcher = PROPERTY.matcher(value);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String replacement = properties.get(matcher.group(1));
                if (replacement == null) {
                    return Optional.empty();
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            matcher.appendTail(out);
            value = out.toString();
        }
        return value.isBlank() || value.contains("${") ? Optional.empty() : Optional.of(value);
    }

    private static Artifact artifact(Element element) {
        return new Artifact(text(element, "groupId"), text(element, "artifactId"), text(element, "version"));
    }

    private static String text(Element element, String name) {
        return child(element, name).map(e -> e.getTextContent().trim()).orElse("");
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                out.add(element);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element root) {
        List<Element> out = new ArrayList<>();
        for (Element child : children(root)) {
            out.add(child);
            out.addAll(descendants(child));
        }
        return out;
    }
}
