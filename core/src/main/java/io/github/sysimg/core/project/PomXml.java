package io.github.sysimg.core.project;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Reading Maven's XML (an effective POM, a plugin's configuration) by element names, as Maven's own model names them. */
public final class PomXml {
    private PomXml() {
    }

    /** The document element of an XML text, with no DOCTYPE allowed. */
    public static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
    }

    /** An element as XML text. */
    public static String text(Element element) throws Exception {
        StringWriter out = new StringWriter();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new DOMSource(element), new StreamResult(out));
        return out.toString();
    }

    /** The first child element of that name, or null (also for a null parent). */
    public static Element child(Element parent, String name) {
        for (Element e : children(parent)) {
            if (e.getNodeName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The child elements, in order; none for a null parent. */
    public static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    elements.add(e);
                }
            }
        }
        return elements;
    }

    /** The stripped text of a child element, or null when it is absent or blank. */
    public static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null || e.getTextContent().isBlank() ? null : e.getTextContent().strip();
    }
}
