# Show a functional model's graph without plot_model
# (which needs pydot and Graphviz).
import keras

inputs = keras.Input((16,), name="x")
h = keras.layers.Dense(8, name="branch_a")(inputs)
h1 = keras.layers.Dense(8, name="branch_b")(inputs)
added = keras.layers.Add(name="add")([h, h1])
merged = keras.layers.Concatenate(name="concat")([added, h1])
model = keras.Model(inputs, keras.layers.Dense(3, name="out")(merged))

# 1. The text summary, captured instead of printed.
lines = []
model.summary(print_fn=lambda line, **kwargs: lines.append(line))
summary = "\n".join(lines)
# a DAG summary lists edges
assert "Connected to" in summary and "branch_a[0][0]" in summary


# 2. Walk the graph: each layer call is a node that knows its input tensors.
def edges(model):
    for layer in model.layers:
        for node in layer._inbound_nodes:
            for tensor in node.input_tensors:
                yield tensor._keras_history.operation.name, layer.name


def to_mermaid(model):
    lines = ["flowchart LR"]
    for layer in model.layers:
        shape = tuple(layer.output.shape)
        label = f"{layer.name}: {type(layer).__name__}<br/>{shape}"
        lines.append(f'    {layer.name}["{label}"]')
    lines += [f"    {a} --> {b}" for a, b in edges(model)]
    return "\n".join(lines)


text = to_mermaid(model)
print(text)
assert set(edges(model)) == {
    ("x", "branch_a"),
    ("x", "branch_b"),
    ("branch_a", "add"),
    ("branch_b", "add"),
    ("add", "concat"),
    ("branch_b", "concat"),
    ("concat", "out"),
}
assert 'concat["concat: Concatenate<br/>(None, 16)"]' in text
