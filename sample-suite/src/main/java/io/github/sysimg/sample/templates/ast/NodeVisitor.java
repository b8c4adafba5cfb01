package io.github.sysimg.sample.templates.ast;

/** Double dispatch over {@link Node} kinds. */
public interface NodeVisitor {

    void visitText(Node.Text text);

    void visitOutput(Node.Output output);

    void visitSection(Node.Section section);

    void visitIf(Node.If node);

    void visitEach(Node.Each each);

    void visitWith(Node.With with);

    void visitPartial(Node.Partial partial);

    void visitSet(Node.Set set);
}
