package dev.slimline.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Checkstyle's XML report format, checked with the JDK's parser: checkstyle publishes no XSD, so the structure is
 * the one its own {@code XMLLogger} writes (https://checkstyle.org, com.puppycrawl.tools.checkstyle.XMLLogger) and
 * its readers (Jenkins Warnings NG, reviewdog) expect: root {@code checkstyle} with a {@code version}, {@code file}
 * elements with a {@code name}, and in them {@code error} elements with a positive {@code line}, an optional positive
 * {@code column}, a {@code severity} of checkstyle's levels (error, warning, info, ignore), a {@code message} and a
 * {@code source}.
 */
public final class CheckstyleFormat {

    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info", "ignore");
    private static final Set<String> ERROR_ATTRIBUTES = Set.of("line", "column", "severity", "message", "source");

    private CheckstyleFormat() {
    }

    /** Every departure from the format, one line each; empty when the report conforms. */
    public static List<String> validate(String xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            return List.of("not well-formed XML: " + e.getMessage());
        }
        List<String> violations = new ArrayList<>();
        Element root = document.getDocumentElement();
        if (!root.getTagName().equals("checkstyle")) {
            violations.add("root element is <" + root.getTagName() + ">, not <checkstyle>");
        }
        if (root.getAttribute("version").isBlank()) {
            violations.add("<checkstyle> has no version");
        }
        for (Element file : children(root, violations)) {
            if (!file.getTagName().equals("file")) {
                violations.add("<" + file.getTagName() + "> where <file> belongs");
                continue;
            }
            String at = "file " + file.getAttribute("name") + ": ";
            if (file.getAttribute("name").isBlank()) {
                violations.add("<file> has no name");
            }
            for (Element error : children(file, violations)) {
                if (error.getTagName().equals("error")) {
                    error(error, at, violations);
                } else if (!error.getTagName().equals("exception")) {
                    violations.add(at + "<" + error.getTagName() + "> where <error> belongs");
                }
            }
        }
        return violations;
    }

    private static void error(Element error, String at, List<String> violations) {
        if (!positive(error.getAttribute("line"))) {
            violations.add(at + "line \"" + error.getAttribute("line") + "\" is not a positive number");
        }
        if (error.hasAttribute("column") && !positive(error.getAttribute("column"))) {
            violations.add(at + "column \"" + error.getAttribute("column") + "\" is not a positive number");
        }
        if (!SEVERITIES.contains(error.getAttribute("severity"))) {
            violations.add(at + "severity \"" + error.getAttribute("severity") + "\" is not one of " + SEVERITIES);
        }
        for (String required : List.of("message", "source")) {
            if (error.getAttribute(required).isBlank()) {
                violations.add(at + "<error> has no " + required);
            }
        }
        NamedNodeMap attributes = error.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!ERROR_ATTRIBUTES.contains(attributes.item(i).getNodeName())) {
                violations.add(at + "<error> has an unknown attribute " + attributes.item(i).getNodeName());
            }
        }
    }

    /** The element children; text other than whitespace between them is a violation. */
    private static List<Element> children(Element parent, List<String> violations) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            } else if (child.getNodeType() == Node.TEXT_NODE && !child.getTextContent().isBlank()) {
                violations.add("text \"" + child.getTextContent().strip() + "\" inside <" + parent.getTagName() + ">");
            }
        }
        return elements;
    }

    private static boolean positive(String number) {
        return number.matches("[1-9][0-9]*");
    }
}
