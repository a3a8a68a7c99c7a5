// Display math may be wider than a phone: its box scrolls sideways, so it must take keyboard
// focus (axe's scrollable-region-focusable). Runs after rehype-katex.
export default function rehypeMathScroll() {
  const visit = (node) => {
    if (node.type === 'element') {
      const cls = node.properties?.className;
      if (Array.isArray(cls) && cls.includes('katex-display')) {
        node.properties.tabIndex = 0;
        node.properties.role = 'group';
        node.properties.ariaLabel = 'equation';
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  return (tree) => visit(tree);
}
