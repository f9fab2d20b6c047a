"""How results look: renderers, QML styles and layer post-processors."""
