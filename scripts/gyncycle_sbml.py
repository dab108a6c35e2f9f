"""Reads an SBML model with libSBML and turns it into a NumPy right-hand side.

Used by scripts/gyncycle-reference.py to integrate the published GynCycle model
(Röblitz et al. 2013, J Theor Biol 321:8; BioModels BIOMD0000000494)
independently of the TypeScript core. Handles what that file uses: one
compartment, species in concentrations, reactions with kinetic laws, function
definitions (expanded by libSBML), assignment rules, and events that set or
add to a species at a fixed time. Anything else is refused rather than
silently mis-read.

Run with Debian's /usr/bin/python3 (python3-sbml5, python3-scipy).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import libsbml
import numpy as np


@dataclass
class TimedEvent:
    """An SBML event of the form `time >= t0`: assignments applied once at t0."""

    id: str
    time: float
    # (species index, python expression in terms of the state vector y and parameters p)
    assignments: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class SbmlOdeModel:
    species: list[str]
    y0: np.ndarray
    parameters: dict[str, float]
    rules: list[tuple[str, str]]
    rates: list[tuple[str, str]]
    stoichiometry: np.ndarray  # species × reactions
    events: list[TimedEvent]
    source: str

    def rhs_factory(self, overrides: dict[str, float] | None = None):
        """A function f(t, y) -> dy/dt with parameter overrides applied."""
        p = dict(self.parameters)
        if overrides:
            for k, v in overrides.items():
                if k not in p:
                    raise KeyError(f"unknown parameter {k}")
                p[k] = v
        idx = {s: i for i, s in enumerate(self.species)}
        lines = ["def _f(t, y, p, S):"]
        for s, i in idx.items():
            lines.append(f"    {s} = y[{i}]")
        for k in p:
            if k not in {r[0] for r in self.rules}:
                lines.append(f"    {k} = p[{k!r}]")
        for var, expr in self.rules:
            lines.append(f"    {var} = {expr}")
        lines.append("    v = np.empty(%d)" % len(self.rates))
        for j, (_rid, expr) in enumerate(self.rates):
            lines.append(f"    v[{j}] = {expr}")
        lines.append("    return S @ v")
        ns: dict = {"np": np, "math": math, "pow": _pow}
        exec("\n".join(lines), ns)  # noqa: S102 (generated from the SBML file we read)
        f = ns["_f"]
        S = self.stoichiometry
        return lambda t, y: f(t, y, p, S)

    def rule_values(self, y: np.ndarray, overrides: dict[str, float] | None = None) -> dict[str, float]:
        """Values of the assignment-rule variables (e.g. GnRH frequency and mass) at state y."""
        p = dict(self.parameters)
        p.update(overrides or {})
        env = {"np": np, "math": math, "pow": _pow, **p}
        env.update({s: y[i] for i, s in enumerate(self.species)})
        out = {}
        for var, expr in self.rules:
            env[var] = eval(expr, env)  # noqa: S307
            out[var] = env[var]
        return out


def _pow(a, b):
    # SBML power of a non-negative base; a trial stage may dip a hair below zero.
    return (a if a > 0 else 0.0) ** b if b != int(b) else a ** b


_BINARY = {
    libsbml.AST_PLUS: "+",
    libsbml.AST_MINUS: "-",
    libsbml.AST_TIMES: "*",
    libsbml.AST_DIVIDE: "/",
}


def ast_to_python(node: libsbml.ASTNode) -> str:
    """Python source for a MathML expression (the subset GynCycle uses)."""
    t = node.getType()
    if t in _BINARY:
        n = node.getNumChildren()
        if t == libsbml.AST_MINUS and n == 1:
            return f"(-{ast_to_python(node.getChild(0))})"
        op = _BINARY[t]
        return "(" + f" {op} ".join(ast_to_python(node.getChild(i)) for i in range(n)) + ")"
    if t in (libsbml.AST_POWER, libsbml.AST_FUNCTION_POWER):
        return f"pow({ast_to_python(node.getChild(0))}, {ast_to_python(node.getChild(1))})"
    if t == libsbml.AST_INTEGER:
        return repr(float(node.getInteger()))
    if t in (libsbml.AST_REAL, libsbml.AST_REAL_E, libsbml.AST_RATIONAL):
        return repr(node.getReal())
    if t == libsbml.AST_NAME:
        return node.getName()
    if t == libsbml.AST_NAME_TIME:
        return "t"
    raise ValueError(f"unsupported MathML node {libsbml.formulaToL3String(node)}")


def load_sbml(path: str) -> SbmlOdeModel:
    doc = libsbml.readSBMLFromFile(path)
    if doc.getNumErrors(libsbml.LIBSBML_SEV_ERROR) > 0:
        raise ValueError(doc.getErrorLog().toString())
    props = libsbml.ConversionProperties()
    props.addOption("expandFunctionDefinitions", True)
    if doc.convert(props) != libsbml.LIBSBML_OPERATION_SUCCESS:
        raise ValueError("could not expand function definitions")
    m = doc.getModel()
    if m.getNumCompartments() != 1 or m.getCompartment(0).getSize() != 1.0:
        raise ValueError("expected one compartment of size 1")
    if m.getNumInitialAssignments() > 0:
        raise ValueError("initial assignments are not supported")

    dynamic = [s for s in m.getListOfSpecies() if not s.getBoundaryCondition() and not s.getConstant()]
    species = [s.getId() for s in dynamic]
    y0 = np.array([s.getInitialConcentration() for s in dynamic])
    idx = {s: i for i, s in enumerate(species)}
    params = {p.getId(): p.getValue() for p in m.getListOfParameters()}
    for c in m.getListOfCompartments():
        params[c.getId()] = c.getSize()
    # Boundary species hold constant concentrations (GynCycle's sources and sinks, all 1).
    for s in m.getListOfSpecies():
        if s.getBoundaryCondition() or s.getConstant():
            params[s.getId()] = s.getInitialConcentration()

    rules = []
    for r in m.getListOfRules():
        if not r.isAssignment():
            raise ValueError(f"rule for {r.getVariable()} is not an assignment rule")
        rules.append((r.getVariable(), ast_to_python(r.getMath())))

    rates = []
    S = np.zeros((len(species), m.getNumReactions()))
    for j, r in enumerate(m.getListOfReactions()):
        kl = r.getKineticLaw()
        if kl.getNumParameters() > 0:
            raise ValueError("local parameters are not supported")
        rates.append((r.getId(), ast_to_python(kl.getMath())))
        for sr in r.getListOfReactants():
            if sr.getSpecies() in idx:
                S[idx[sr.getSpecies()], j] -= sr.getStoichiometry()
        for sr in r.getListOfProducts():
            if sr.getSpecies() in idx:
                S[idx[sr.getSpecies()], j] += sr.getStoichiometry()

    events = []
    for e in m.getListOfEvents():
        trig = e.getTrigger().getMath()
        # Accept exactly `time >= <parameter or number>`, zero delay.
        if trig.getType() != libsbml.AST_RELATIONAL_GEQ or trig.getChild(0).getType() != libsbml.AST_NAME_TIME:
            raise ValueError(f"event {e.getId()}: only 'time >= t0' triggers are supported")
        if e.isSetDelay() and libsbml.formulaToL3String(e.getDelay().getMath()) not in ("0", "0.0"):
            raise ValueError(f"event {e.getId()}: delays are not supported")
        t0 = eval(ast_to_python(trig.getChild(1)), {"pow": _pow}, params)  # noqa: S307
        ev = TimedEvent(e.getId(), float(t0))
        for a in e.getListOfEventAssignments():
            ev.assignments.append((idx[a.getVariable()], ast_to_python(a.getMath())))
        events.append(ev)

    return SbmlOdeModel(species, y0, params, rules, rates, S, events, path)


def apply_event(model: SbmlOdeModel, ev: TimedEvent, y: np.ndarray, p: dict[str, float]) -> np.ndarray:
    """State after the event's assignments (values computed from the state before it)."""
    env = {"np": np, "math": math, "pow": _pow, **p}
    env.update({s: y[i] for i, s in enumerate(model.species)})
    y = y.copy()
    new = [(i, eval(expr, env)) for i, expr in ev.assignments]  # noqa: S307
    for i, v in new:
        y[i] = v
    return y
