#!/usr/bin/python3
"""Independent check of a Gonadostat SBML export (run with Debian's /usr/bin/python3,
which has python3-sbml5 and python3-scipy).

    /usr/bin/python3 scripts/check-sbml.py MODEL.xml OUTPUTS.csv [--tolerance 1e-3]

1. libSBML reads MODEL.xml and checks its consistency: any error (warnings about
   undeclared units are allowed) fails the check.
2. The model is integrated from its own SBML alone: parameters, initial
   assignments, assignment and rate rules, and time-triggered events are
   interpreted here, and SciPy's solve_ivp (LSODA, rtol 1e-10) integrates between
   event times.
3. Every out_<id> parameter is compared at the CSV's days (Gonadostat's CLI output,
   `npm run --silent sim -- scenario.json`) with |a - b| / max(|b|, 0.01) <= tolerance.

Prints one JSON line and exits 0 when everything holds, 1 otherwise.
"""
import csv
import json
import math
import sys

import libsbml
from scipy.integrate import solve_ivp


def fail(message):
    print(json.dumps({"ok": False, "message": message}))
    sys.exit(1)


def to_python(node):
    """Python source for a libSBML ASTNode, reading symbols from the dict `v`."""
    t = node.getType()
    kids = [to_python(node.getChild(i)) for i in range(node.getNumChildren())]
    if t == libsbml.AST_NAME:
        return "v[%r]" % node.getName()
    if t == libsbml.AST_NAME_TIME:
        return "v['time']"
    if t in (libsbml.AST_INTEGER,):
        return repr(float(node.getInteger()))
    if t in (libsbml.AST_REAL, libsbml.AST_REAL_E, libsbml.AST_RATIONAL):
        return repr(node.getReal())
    if t == libsbml.AST_PLUS:
        return "(" + " + ".join(kids) + ")" if kids else "0.0"
    if t == libsbml.AST_MINUS:
        return "(-%s)" % kids[0] if len(kids) == 1 else "(%s - %s)" % (kids[0], kids[1])
    if t == libsbml.AST_TIMES:
        return "(" + " * ".join(kids) + ")" if kids else "1.0"
    if t == libsbml.AST_DIVIDE:
        return "(%s / %s)" % (kids[0], kids[1])
    if t in (libsbml.AST_POWER, libsbml.AST_FUNCTION_POWER):
        return "(%s ** %s)" % (kids[0], kids[1])
    if t == libsbml.AST_FUNCTION_EXP:
        return "math.exp(%s)" % kids[0]
    if t == libsbml.AST_FUNCTION_LN:
        return "math.log(%s)" % kids[0]
    if t == libsbml.AST_FUNCTION_ROOT:
        return "math.sqrt(%s)" % kids[-1] if len(kids) == 1 else "(%s ** (1.0 / %s))" % (kids[1], kids[0])
    if t == libsbml.AST_FUNCTION_ABS:
        return "abs(%s)" % kids[0]
    if t == libsbml.AST_RELATIONAL_LT:
        return "(%s < %s)" % (kids[0], kids[1])
    if t == libsbml.AST_RELATIONAL_GT:
        return "(%s > %s)" % (kids[0], kids[1])
    if t == libsbml.AST_RELATIONAL_GEQ:
        return "(%s >= %s)" % (kids[0], kids[1])
    if t == libsbml.AST_RELATIONAL_LEQ:
        return "(%s <= %s)" % (kids[0], kids[1])
    if t == libsbml.AST_FUNCTION_PIECEWISE:
        # piece(value, condition)…, otherwise
        text = kids[-1] if len(kids) % 2 == 1 else "float('nan')"
        for i in range(len(kids) - (len(kids) % 2) - 2, -1, -2):
            text = "(%s if %s else %s)" % (kids[i], kids[i + 1], text)
        return text
    fail("unsupported MathML node type %d (%s)" % (t, libsbml.formulaToL3String(node)))


def compile_math(math):
    return compile(to_python(math), "<sbml>", "eval")


def main():
    args = sys.argv[1:]
    tolerance = 1e-3
    if "--tolerance" in args:
        i = args.index("--tolerance")
        tolerance = float(args[i + 1])
        del args[i:i + 2]
    model_path, csv_path = args

    document = libsbml.readSBMLFromFile(model_path)
    document.checkConsistency()
    errors = [document.getError(i) for i in range(document.getNumErrors())]
    serious = [e for e in errors if e.getSeverity() >= libsbml.LIBSBML_SEV_ERROR]
    if serious:
        fail("libSBML: %d error(s), first: %s" % (len(serious), serious[0].getMessage().strip()))
    warnings = len(errors)
    model = document.getModel()

    v = {"time": 0.0}
    for p in model.getListOfParameters():
        v[p.getId()] = p.getValue()
    # Initial assignments may depend on each other: evaluate until none is left.
    pending = [(a.getSymbol(), compile_math(a.getMath())) for a in model.getListOfInitialAssignments()]
    for _ in range(len(pending) + 1):
        left = []
        for symbol, code in pending:
            try:
                v[symbol] = eval(code, {"math": math}, {"v": v})
            except (KeyError, ZeroDivisionError):
                left.append((symbol, code))
        pending = left
    if pending:
        fail("initial assignments could not be evaluated: %s" % [s for s, _ in pending])

    assignments = []
    rates = []
    for rule in model.getListOfRules():
        if rule.isAssignment():
            assignments.append((rule.getVariable(), rule.getMath()))
        elif rule.isRate():
            rates.append((rule.getVariable(), compile_math(rule.getMath())))
        else:
            fail("algebraic rules are not supported")
    # Order assignment rules so each follows the rules it reads.
    targets = {name for name, _ in assignments}
    reads = {}
    for name, math_ast in assignments:
        names = set()
        stack = [math_ast]
        while stack:
            node = stack.pop()
            if node.getType() == libsbml.AST_NAME and node.getName() in targets:
                names.add(node.getName())
            stack.extend(node.getChild(i) for i in range(node.getNumChildren()))
        reads[name] = names
    order, done = [], set()

    def visit(name, path=()):
        if name in done:
            return
        if name in path:
            fail("assignment rules form a cycle through %s" % name)
        for dep in reads[name]:
            visit(dep, path + (name,))
        done.add(name)
        order.append(name)

    for name, _ in assignments:
        visit(name)
    codes = dict((name, compile_math(m)) for name, m in assignments)
    ordered = [(name, codes[name]) for name in order]
    states = [name for name, _ in rates]
    rate_codes = [code for _, code in rates]
    env = {"math": math}

    def settle(t, y):
        v["time"] = t
        for i, name in enumerate(states):
            v[name] = y[i]
        for name, code in ordered:
            v[name] = eval(code, env, {"v": v})

    def rhs(t, y):
        settle(t, y)
        return [eval(code, env, {"v": v}) for code in rate_codes]

    events = []
    for e in model.getListOfEvents():
        trigger = e.getTrigger().getMath()
        if trigger.getType() != libsbml.AST_RELATIONAL_GEQ or trigger.getChild(0).getType() != libsbml.AST_NAME_TIME:
            fail("only time triggers (time >= T) are supported")
        time = eval(compile_math(trigger.getChild(1)), env, {"v": v})
        priority = eval(compile_math(e.getPriority().getMath()), env, {"v": v}) if e.isSetPriority() else 0.0
        body = [(a.getVariable(), compile_math(a.getMath())) for a in e.getListOfEventAssignments()]
        events.append((time, -priority, body))
    events.sort(key=lambda x: (x[0], x[1]))

    rows = list(csv.DictReader(open(csv_path)))
    outputs = [k for k in rows[0].keys() if k != "day"]
    hours = [float(r["day"]) * 24 for r in rows]
    expected = [[float(r[k]) for k in outputs] for r in rows]

    y = [v[name] for name in states]
    t = 0.0
    got = {}
    stops = sorted(set([e[0] for e in events if e[0] > 0] + [hours[-1]]))
    k = 0

    def apply_events_at(time):
        for when, _, body in events:
            if when == time:
                settle(time, y)
                for variable, code in body:  # useValuesFromTriggerTime = false: one at a time, in order
                    value = eval(code, env, {"v": v})
                    v[variable] = value
                    if variable in states:
                        y[states.index(variable)] = value

    def record(index, time, values):
        settle(time, values)
        got[index] = [v["out_" + name] for name in outputs]

    apply_events_at(0.0)
    while k < len(hours) and hours[k] == 0.0:
        record(k, 0.0, y)
        k += 1
    for stop in stops:
        if stop > t:
            inside = [h for h in hours[k:] if h < stop]
            solution = solve_ivp(rhs, (t, stop), y, method="LSODA", rtol=1e-10, atol=1e-12, dense_output=True)
            if not solution.success:
                fail("solve_ivp failed at t = %g h: %s" % (t, solution.message))
            for h in inside:
                record(k, h, list(solution.sol(h)))
                k += 1
            y = list(solution.y[:, -1])
            t = stop
        apply_events_at(stop)
        while k < len(hours) and hours[k] == stop:
            record(k, stop, y)
            k += 1

    worst, where = 0.0, None
    for i, row in enumerate(expected):
        for j, b in enumerate(row):
            a = got[i][j]
            err = float(abs(a - b) / max(abs(b), 0.01))
            if err > worst:
                worst, where = err, (rows[i]["day"], outputs[j], a, b)
    ok = bool(worst <= tolerance)
    print(json.dumps({"ok": ok, "libsbmlErrors": 0, "libsbmlWarnings": warnings, "states": len(states), "rules": len(ordered),
                      "events": len(events), "outputs": len(outputs), "maxRelErr": worst,
                      "worst": None if where is None else {"day": where[0], "output": where[1], "sbml": float(where[2]), "gonadostat": float(where[3])}}))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
