// At most one run of `work` per animation frame. A request runs it at once
// when it has not run since the last frame began, so a keystroke's answer is
// in the very next frame (and a test that types sees it synchronously); a
// request in a frame where it already ran waits for the next frame, so a
// burst of input events costs one run a frame. Where frames do not come (a
// hidden tab, no requestAnimationFrame), a timer ends the frame instead.
//   const throttle = frameThrottle(work); input.oninput = throttle.request;
//   throttle.ran() after running work directly, so a pending request is dropped.
export function frameThrottle(work, {
  nextFrame = typeof requestAnimationFrame === "function" ? (f) => requestAnimationFrame(f) : null,
  timer = (f, ms) => setTimeout(f, ms),
} = {}) {
  let inFrame = false, pending = false;
  function endFrame() {
    if (!inFrame) return;  // the frame and the timer both end it; the first one counts
    inFrame = false;
    if (pending) {
      pending = false;
      work();
    }
  }
  function ran() {
    pending = false;
    if (inFrame) return;
    inFrame = true;
    if (nextFrame) nextFrame(endFrame);
    timer(endFrame, nextFrame ? 100 : 0);
  }
  function request() {
    if (inFrame) pending = true;
    else work();
  }
  return { request, ran };
}
