/**
 * Tells whether this device draws the graph fast enough while the camera moves. Sigma renders once per animation
 * frame while a drag, a wheel zoom or a camera animation goes on, so the time between two consecutive renders
 * during a move is what one frame costs. When the median of the last few such frames is over budget (below
 * ~20 fps), `onSlow` is called once; the canvas then hides edges and labels while moving (level of detail).
 * On a GPU a graph of a few thousand nodes stays far below the budget and keeps its full detail.
 */
export const MOVE_FRAME_BUDGET_MS = 50;
const SAMPLES = 5;
/** A longer gap is a pause between two gestures, not a frame. */
const MAX_GAP_MS = 2_000;

export class MoveFrameMeter {
  private last = -1;
  private lastMoving = false;
  private samples: number[] = [];
  private fired = false;
  private size = 0;

  constructor(private readonly onSlow: () => void, private readonly budgetMs = MOVE_FRAME_BUDGET_MS) {}

  /** One sigma render at `now`; `moving` when the camera is being moved. */
  frame(now: number, moving: boolean): void {
    const dt = now - this.last;
    if (moving && this.lastMoving && this.last >= 0 && dt < MAX_GAP_MS && !this.fired) {
      this.samples.push(dt);
      if (this.samples.length > SAMPLES) this.samples.shift();
      if (this.samples.length === SAMPLES && median(this.samples) > this.budgetMs) {
        this.fired = true;
        this.onSlow();
      }
    }
    this.last = now;
    this.lastMoving = moving;
  }

  /**
   * The graph now has `size` nodes + edges. A graph half as big or smaller is a new question: the meter re-arms
   * and this returns true (a slow device stays slow for a bigger graph, so growth changes nothing).
   */
  rescale(size: number): boolean {
    if (size > this.size) this.size = size;
    if (!this.fired || 2 * size > this.size) return false;
    this.size = size;
    this.samples = [];
    this.fired = false;
    return true;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
