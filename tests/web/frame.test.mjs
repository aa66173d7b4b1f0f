// At most one run a frame, the first one at once.
import assert from "node:assert/strict";
import { test } from "node:test";
import { frameThrottle } from "../../web/lib/frame.js";

function fakeFrames() {
  const frames = [], timers = [];
  return {
    nextFrame: (f) => frames.push(f),
    timer: (f, ms) => timers.push({ f, ms }),
    frame: () => frames.splice(0).forEach((f) => f()),
    timeout: () => timers.splice(0).forEach(({ f }) => f()),
    timers,
  };
}

test("the first request runs at once, the rest of the frame's requests once at the next frame", () => {
  const clock = fakeFrames();
  let runs = 0;
  const throttle = frameThrottle(() => { runs++; throttle.ran(); }, clock);
  throttle.request();
  assert.equal(runs, 1, "at once");
  throttle.request();
  throttle.request();
  throttle.request();
  assert.equal(runs, 1, "the burst waits");
  clock.frame();
  assert.equal(runs, 2, "one run for the whole burst");
  clock.frame();
  assert.equal(runs, 2, "nothing pending, nothing run");
  clock.timeout();
  throttle.request();
  assert.equal(runs, 3, "a new frame runs at once again");
});

test("a direct run counts as the frame's and drops what was pending", () => {
  const clock = fakeFrames();
  let runs = 0;
  const throttle = frameThrottle(() => { runs++; throttle.ran(); }, clock);
  throttle.request();
  throttle.request();
  runs++;
  throttle.ran();
  clock.frame();
  assert.equal(runs, 2, "the pending request was answered by the direct run");
});

test("without frames (a hidden tab), a timer ends the frame", () => {
  const clock = fakeFrames();
  let runs = 0;
  const throttle = frameThrottle(() => { runs++; throttle.ran(); }, { nextFrame: null, timer: clock.timer });
  throttle.request();
  throttle.request();
  assert.equal(clock.timers[0].ms, 0);
  clock.timeout();
  assert.equal(runs, 2);
});

test("the frame and the fallback timer both end the frame; the pending run happens once", () => {
  const clock = fakeFrames();
  let runs = 0;
  const throttle = frameThrottle(() => { runs++; throttle.ran(); }, clock);
  throttle.request();
  throttle.request();
  clock.frame();
  const before = runs;
  clock.timeout();  // the first frame's timer, late
  assert.equal(runs, before, "the late timer of an ended frame runs nothing");
});
