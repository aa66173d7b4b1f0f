// Views drawn only while a person can see them: a keystroke costs a folded
// panel (a closed <details>, the parts a widget's card hides) and a picture
// out of the viewport nothing; each is drawn, from the last answer, when it
// is shown.
//   const shown = new ShownLater();  // one per calculator
//   const later = shown.add({ node: svg, folded: () => !panel.open });
//   later.draw(() => chart.draw(answer));  // now if shown, else kept (only the last)
//   shown.reveal();  // after an unfolding: draws what waits and is no longer folded, before the frame shows it
//   shown.flush();   // before printing: draws everything that waits
// node: watched (web/lib/near-viewport.js) while it is within `margin` of
// the viewport; without one the view counts as near. folded(): whether the
// view is folded away now. Near is assumed (unless near: false, for a costly
// view far down) until the watcher first answers, and for a waiting view on
// reveal() until it answers again: what is unfolded is drawn before the next
// frame shows it, not a frame later when the watcher notices.
import { watchNearViewport } from "./near-viewport.js";

// Far enough ahead that a picture scrolled towards is drawn before it shows,
// near enough that one a screen away is left alone.
export const PICTURE_MARGIN = "200px 0px";

class Later {
  constructor(group, { node = null, margin = PICTURE_MARGIN, folded = () => false, near = true }) {
    this.group = group;
    this.node = node;
    this.margin = margin;
    this.folded = folded;
    this.near = near;
    this.work = null;
    this.stopWatching = null;
  }

  shown() {
    return this.near && !this.folded();
  }

  // The view's latest drawing: now when it is shown, else when it is.
  draw(work) {
    this.work = work;
    if (this.shown()) this.run();
  }

  // Whether a drawing waits.
  get waiting() {
    return this.work !== null;
  }

  run() {
    const work = this.work;
    this.work = null;
    if (work) work();
  }

  reveal() {
    if (!this.work) return;
    this.near = true;
    if (this.shown()) this.run();
  }

  watch() {
    if (!this.node || this.stopWatching) return;
    this.stopWatching = watchNearViewport(this.node, this.margin, (near) => {
      this.near = near;
      if (this.shown()) this.run();
    });
  }

  unwatch() {
    this.stopWatching?.();
    this.stopWatching = null;
  }

  // For good: a view replaced (its node left the page).
  stop() {
    this.unwatch();
    this.group.views.delete(this);
  }
}

export class ShownLater {
  constructor() {
    this.views = new Set();  // in the order added: a panel's before the pictures in it
    this.watching = true;
  }

  add(options = {}) {
    const later = new Later(this, options);
    this.views.add(later);
    if (this.watching) later.watch();
    return later;
  }

  // Something that folded views changed (a panel opened, the card opened):
  // what waits is drawn now where it is no longer folded. A panel's drawing
  // may give its pictures theirs: they come later in the set, and are reached.
  reveal() {
    for (const later of this.views) later.reveal();
  }

  flush() {
    for (const later of this.views) later.run();
  }

  // Stops watching the page (a widget taken out of it), and starts again (put back).
  unwatch() {
    this.watching = false;
    for (const later of this.views) later.unwatch();
  }

  watch() {
    this.watching = true;
    for (const later of this.views) later.watch();
  }
}
