"""The newsroom's modules import each other in one direction, at the top of each module.

An import hidden inside a function is how a cycle stays alive unnoticed: the module that needs
it loads, and the knot shows only as an error at an unlucky moment. Django itself requires a
function-level import in two places, AppConfig.ready() and migrations.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Where Django requires imports inside functions.
ALLOWED_INSIDE = {("newsroom.apps", "ready")}


def project_modules():
    """{dotted name: parsed tree} of the project's packages, migrations left out."""
    modules = {}
    for package in ("core", "upt", "newsroom", "awards"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if "migrations" in parts:
                continue
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = (ast.parse(path.read_text()), path.name == "__init__.py")
    return modules


def imported_names(module, node, is_package):
    """The dotted names an import statement reaches (a module, or a name inside one)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        base = base.rpartition(".")[0]
    target = ".".join(filter(None, [base if node.level else "", node.module or ""]))
    return [f"{target}.{alias.name}" for alias in node.names]


def imports_inside_functions(tree):
    """(function name, import node) for every import nested in a function."""
    found = []
    for function in ast.walk(tree):
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(function):
                if isinstance(node, (ast.Import, ast.ImportFrom)):
                    found.append((function.name, node))
    return found


def import_graph(modules):
    """{module: the project modules it imports, wherever the import statement stands}."""
    graph = {}
    for name, (tree, is_package) in modules.items():
        edges = set()
        for node in ast.walk(tree):
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                for target in imported_names(name, node, is_package):
                    while target and target not in modules:
                        target = target.rpartition(".")[0]
                    if target and target != name:
                        edges.add(target)
        graph[name] = edges
    return graph


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while not component or node not in component:
                component.add(stack.pop())
            on_stack.difference_update(component)
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_project_takes_part_in_an_import_cycle():
    assert cycles(import_graph(project_modules())) == []


def test_newsroom_imports_only_at_the_top_of_its_modules():
    hidden = [
        f"{name}:{node.lineno} in {function}()"
        for name, (tree, _) in project_modules().items()
        if name.split(".")[0] == "newsroom"
        for function, node in imports_inside_functions(tree)
        if (name, function) not in ALLOWED_INSIDE
    ]
    assert hidden == []
