#!/usr/bin/python3
"""Independent reference integration of the published GynCycle model.

Röblitz S, Stötzel C, Deuflhard P, Jones HM, Azulay DO, van der Graaf PH,
Martin SW (2013) J Theor Biol 321:8–27, as curated in BioModels
(BIOMD0000000494, CC0). The SBML is read with libSBML (scripts/gyncycle_sbml.py)
and integrated with SciPy's LSODA at tight tolerance; nothing here shares code
with the TypeScript core, so the fixture is an independent check of the
reduced model `female-hpg`.

Writes tests/fixtures/gyncycle-reference.json:
  - the normal cycle (the file's two dosing events switched off): period from
    successive LH peaks after settling, one cycle aligned to the LH peak
    (phase 0) sampled every 0.25 d, peak/trough metrics, the state at the LH
    peak, and the Floquet multipliers of the limit cycle;
  - the two dosing runs the file holds (nafarelin at t = 91 d, cetrorelix at
    t = 34 d, each alone), with the untreated run's LH peaks beside them.

Run with Debian's Python (libSBML and SciPy):
  /usr/bin/python3 scripts/gyncycle-reference.py [--sbml PATH] [--check]
`--sbml` names the SBML file (default: the shared copy; the fixture records its SHA-256);
`--check` recomputes and compares with the committed fixture instead of writing.
"""
from __future__ import annotations

import datetime
import hashlib
import json
import os
import sys

import libsbml
import numpy as np
import scipy
from scipy.integrate import solve_ivp
from scipy.optimize import minimize_scalar

sys.path.insert(0, os.path.dirname(__file__))
from gyncycle_sbml import apply_event, load_sbml  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SBML = "/work/shared/reference-models/BIOMD0000000494.xml"
SBML_IN_REPO = "shared/reference-models/BIOMD0000000494.xml"
OUT = os.path.join(ROOT, "tests", "fixtures", "gyncycle-reference.json")

RTOL = 1e-10
ATOL = 1e-14
SETTLE_CYCLES = 20  # cycles integrated before the reference cycle is taken
PERIOD_WINDOW = 8  # LH peak intervals averaged for the period
SAMPLE_DAYS = 0.25
LH_PEAK_MIN = 20.0  # IU/L: a local LH maximum above this is a surge peak
DOSING_SAMPLE_DAYS = 0.5

# Outputs: SBML species → fixture name, unit (units as in Röblitz 2013; the SBML carries none).
OUTPUTS = {
    "LH_bld": ("lh", "IU/L"),
    "FSH_bld": ("fsh", "IU/L"),
    "E2": ("e2", "pg/mL"),
    "P4": ("p4", "ng/mL"),
    "InhA": ("inhA", "IU/mL"),
    "InhB": ("inhB", "pg/mL"),
}
# States of the cycle itself (the agents' PK/PD states and sinks are excluded from the Floquet analysis).
AGENT_PREFIXES = ("Ago_", "Ant_", "s11")


def sig(x: float, digits: int = 7) -> float:
    return float(f"{x:.{digits}g}")


def integrate(f, y0, t0, t1, dense=True):
    sol = solve_ivp(f, (t0, t1), y0, method="LSODA", rtol=RTOL, atol=ATOL, dense_output=dense)
    if sol.status != 0:
        raise RuntimeError(sol.message)
    return sol


def lh_peaks(sol, lh_index, t0, t1, grid=0.02):
    """Times of LH surge peaks in [t0, t1], refined on the dense output."""
    t = np.arange(t0, t1, grid)
    lh = sol.sol(t)[lh_index]
    peaks = []
    for k in range(1, len(t) - 1):
        if lh[k] > LH_PEAK_MIN and lh[k] >= lh[k - 1] and lh[k] > lh[k + 1]:
            r = minimize_scalar(lambda s: -sol.sol(s)[lh_index], bounds=(t[k - 1], t[k + 1]), method="bounded",
                                options={"xatol": 1e-9})
            peaks.append(float(r.x))
    return peaks


def run_normal(model):
    f = model.rhs_factory()
    i_lh = model.species.index("LH_bld")
    # Settle on the limit cycle from the file's initial values (events off).
    settle = integrate(f, model.y0, 0.0, 30.0 * SETTLE_CYCLES)
    peaks = lh_peaks(settle, i_lh, 0.0, 30.0 * SETTLE_CYCLES)
    intervals = np.diff(peaks)
    last = intervals[-PERIOD_WINDOW:]
    period = float(np.mean(last))
    t_peak = peaks[-2]
    y_peak = settle.sol(t_peak)
    # One reference cycle from that LH peak, integrated afresh so phase 0 is exact.
    cyc = integrate(f, y_peak, 0.0, period + 1.0)
    phase = np.arange(0.0, period, SAMPLE_DAYS)
    Y = cyc.sol(phase)
    fine = np.arange(0.0, period, 0.01)
    Yf = cyc.sol(fine)
    series, metrics = {}, {}
    for sp, (name, unit) in OUTPUTS.items():
        k = model.species.index(sp)
        series[name] = [sig(v) for v in Y[k]]
        yk = Yf[k]
        metrics[name] = {
            "unit": unit,
            "max": sig(yk.max()), "phaseOfMaxDays": sig(fine[yk.argmax()], 4),
            "min": sig(yk.min()), "phaseOfMinDays": sig(fine[yk.argmin()], 4),
            "mean": sig(float(np.mean(yk))),
        }
    return {
        "settleDays": 30.0 * SETTLE_CYCLES,
        "lhPeakTimesDays": [sig(p, 10) for p in peaks],
        "periodDays": sig(period, 10),
        "periodSpreadDays": sig(float(last.max() - last.min()), 4),
        "alignment": "phase 0 is the LH peak; phaseDays run over one period",
        "sampleEveryDays": SAMPLE_DAYS,
        "phaseDays": [sig(p, 6) for p in phase],
        "series": series,
        "metrics": metrics,
        "stateAtLhPeak": {s: sig(v, 10) for s, v in zip(model.species, y_peak) if not s.startswith(AGENT_PREFIXES)},
        "floquet": floquet(model, f, y_peak, period),
    }


def floquet(model, f, y_peak, period):
    """Floquet multipliers: eigenvalues of the monodromy matrix over one period (central differences).

    The follicular LH- and FSH-receptor triplets each conserve their total, which would add two
    multipliers of exactly 1; the differences are taken inside those invariant sets (R_LH_des and
    R_FSH_des follow from the totals), so one trivial multiplier (the phase direction) remains.
    """
    idx = [i for i, s in enumerate(model.species) if not s.startswith(AGENT_PREFIXES)]
    dependent = {model.species.index("R_LH_des"): (model.species.index("R_LH"), model.species.index("LH_R")),
                 model.species.index("R_FSH_des"): (model.species.index("R_FSH"), model.species.index("FSH_R"))}
    indep = [i for i in idx if i not in dependent]
    n = len(indep)
    M = np.zeros((n, n))
    for col, i in enumerate(indep):
        h = 1e-6 * max(abs(y_peak[i]), 1e-8)
        yp, ym = y_peak.copy(), y_peak.copy()
        yp[i] += h
        ym[i] -= h
        for d, members in dependent.items():
            if i in members:
                yp[d] -= h
                ym[d] += h
        ep = solve_ivp(f, (0, period), yp, method="LSODA", rtol=1e-12, atol=1e-16).y[:, -1]
        em = solve_ivp(f, (0, period), ym, method="LSODA", rtol=1e-12, atol=1e-16).y[:, -1]
        M[:, col] = (ep[indep] - em[indep]) / (2 * h)
    mult = np.linalg.eigvals(M)
    order = np.argsort(-np.abs(mult))
    trivial = order[int(np.argmin(np.abs(mult[order[:3]] - 1.0)))]
    rest = [k for k in order if k != trivial]
    fmt = lambda k: {"re": sig(mult[k].real, 4), "im": sig(mult[k].imag, 4), "abs": sig(abs(mult[k]), 4)}
    return {
        "method": "central differences of the flow over one period (LSODA rtol 1e-12, relative step 1e-6) "
                  f"in {n} independent cycle states (agent states excluded, conserved receptor totals held)",
        "trivialComputed": sig(mult[trivial].real, 5),
        "largestNonTrivial": [fmt(k) for k in rest[:5]],
        "largestNonTrivialAbs": sig(float(abs(mult[rest[0]])), 4),
        "note": "the trivial multiplier is exactly 1 in theory; its computed deviation (and steps 1e-4 and "
                "1e-8, which give 0.7847–0.7848 for the largest non-trivial one) bound the differencing error. "
                "All non-trivial multipliers inside the unit circle: a stable cycle.",
    }


def run_dosing(model, event_id, label, description):
    """The file's own dosing event alone, from the file's initial values, against the untreated run."""
    f = model.rhs_factory()
    i_lh = model.species.index("LH_bld")
    ev = next(e for e in model.events if e.id == event_id)
    t_end = ev.time + 70.0
    untreated = integrate(f, model.y0, 0.0, t_end)
    before = integrate(f, model.y0, 0.0, ev.time)
    y_dose = apply_event(model, ev, before.y[:, -1], model.parameters)
    after = integrate(f, y_dose, ev.time, t_end)
    t0 = ev.time - 10.0
    times = np.arange(t0, t_end + 1e-9, DOSING_SAMPLE_DAYS)
    Yu = untreated.sol(times)
    Yt = np.where(times < ev.time, before.sol(np.minimum(times, ev.time)), after.sol(np.maximum(times, ev.time)))
    out = {"untreated": {}, "treated": {}}
    for sp, (name, _unit) in OUTPUTS.items():
        k = model.species.index(sp)
        out["untreated"][name] = [sig(v, 6) for v in Yu[k]]
        out["treated"][name] = [sig(v, 6) for v in Yt[k]]
    pk_u = lh_peaks(untreated, i_lh, 0.0, t_end)
    pk_t = [p for p in lh_peaks(before, i_lh, 0.0, ev.time)] + lh_peaks(after, i_lh, ev.time, t_end)
    prev = max(p for p in pk_u if p < ev.time)
    return {
        "id": label,
        "description": description,
        "sbmlEvent": event_id,
        "doseTimeDays": ev.time,
        "daysSincePreviousLhPeak": sig(ev.time - prev, 6),
        "assignments": [f"{model.species[i]} := {expr}" for i, expr in ev.assignments],
        "timesDays": [sig(t, 6) for t in times],
        "lhPeakTimesUntreatedDays": [sig(p, 8) for p in pk_u],
        "lhPeakTimesTreatedDays": [sig(p, 8) for p in pk_t],
        "series": out,
    }


def main():
    sbml = sys.argv[sys.argv.index("--sbml") + 1] if "--sbml" in sys.argv else SBML
    model = load_sbml(sbml)
    with open(sbml, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()
    fixture = {
        "format": "gonadostat-reference/1",
        "provenance": {
            "model": "Röblitz et al. 2013, J Theor Biol 321:8–27 (GynCycle), BioModels BIOMD0000000494 (CC0)",
            "sbml": SBML_IN_REPO,
            "sbmlSha256": digest,
            "script": "scripts/gyncycle-reference.py (reads the SBML with scripts/gyncycle_sbml.py)",
            "integrator": f"SciPy {scipy.__version__} solve_ivp LSODA, rtol {RTOL}, atol {ATOL}, dense output",
            "libsbml": libsbml.getLibSBMLDottedVersion(),
            "numpy": np.__version__,
            "date": datetime.date.today().isoformat(),
            "units": "time in days; LH, FSH IU/L; E2 pg/mL; P4 ng/mL; inhibin A IU/mL; inhibin B pg/mL "
                     "(the SBML carries no units; these are the paper's)",
        },
        "normalCycle": run_normal(model),
        "dosing": [
            run_dosing(model, "event_1", "nafarelin-single",
                       "single nafarelin dose as held in the SBML (Ago_d := dose_Ago = 100 at t_0_Ago = 91 d)"),
            run_dosing(model, "event_2", "cetrorelix-single",
                       "single cetrorelix dose as held in the SBML (Ant_d += dose_Ant = 500 at t_0_Ant = 34 d)"),
        ],
    }
    text = json.dumps(fixture, indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            old = json.load(fh)
        a, b = old["normalCycle"]["periodDays"], fixture["normalCycle"]["periodDays"]
        print(f"period committed {a}, recomputed {b}, difference {abs(a - b):.2e} d")
        sys.exit(0 if abs(a - b) < 1e-6 else 1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    nc = fixture["normalCycle"]
    print(f"wrote {OUT} ({len(text)} bytes); period {nc['periodDays']} d, spread {nc['periodSpreadDays']} d")
    for name, m in nc["metrics"].items():
        print(f"  {name}: min {m['min']} at {m['phaseOfMinDays']} d, max {m['max']} at {m['phaseOfMaxDays']} d, mean {m['mean']}")
    print("  Floquet: trivial", nc["floquet"]["trivialComputed"], "non-trivial", nc["floquet"]["largestNonTrivial"])
    for d in fixture["dosing"]:
        print(f"  {d['id']}: dose at {d['doseTimeDays']} d ({d['daysSincePreviousLhPeak']} d after an LH peak);"
              f" untreated peaks {d['lhPeakTimesUntreatedDays']}, treated {d['lhPeakTimesTreatedDays']}")


if __name__ == "__main__":
    main()
