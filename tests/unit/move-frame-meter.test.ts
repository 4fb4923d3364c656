import { describe, expect, it } from "vitest";
import { MoveFrameMeter } from "@/app/_components/graph/move-frame-meter";

/** Renders `n` frames `dt` ms apart, all while moving (or not), starting at `t`; returns the end time. */
function frames(m: MoveFrameMeter, t: number, n: number, dt: number, moving = true): number {
  for (let i = 0; i < n; i++, t += dt) m.frame(t, moving);
  return t;
}

describe("MoveFrameMeter (adaptive level of detail)", () => {
  it("stays quiet while frames during a move are within budget", () => {
    let slow = 0;
    const m = new MoveFrameMeter(() => slow++);
    frames(m, 0, 200, 17);
    expect(slow).toBe(0);
  });

  it("calls onSlow once when the median frame during a move is over budget", () => {
    let slow = 0;
    const m = new MoveFrameMeter(() => slow++);
    const t = frames(m, 0, 6, 120);
    expect(slow).toBe(1);
    frames(m, t, 50, 120);
    expect(slow).toBe(1);
  });

  it("ignores renders at rest, pauses between gestures and one slow outlier", () => {
    let slow = 0;
    const m = new MoveFrameMeter(() => slow++);
    let t = frames(m, 0, 20, 300, false); // renders at rest (hover, layout) are not camera frames
    t = frames(m, t, 3, 17);
    m.frame((t += 5_000), true); // a pause, then a new gesture
    t = frames(m, t + 17, 3, 17);
    m.frame((t += 400), true); // one slow frame among fast ones
    frames(m, t + 17, 3, 17);
    expect(slow).toBe(0);
  });

  it("re-arms only when the graph shrinks to half or less", () => {
    let slow = 0;
    const m = new MoveFrameMeter(() => slow++);
    m.rescale(1_000);
    frames(m, 0, 6, 120);
    expect(slow).toBe(1);
    expect(m.rescale(5_000)).toBe(false); // bigger: still slow, nothing to measure
    expect(m.rescale(3_000)).toBe(false);
    expect(m.rescale(2_000)).toBe(true); // 2,000 <= 5,000 / 2
    frames(m, 10_000, 6, 120);
    expect(slow).toBe(2);
  });
});
