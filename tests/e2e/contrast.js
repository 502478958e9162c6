// The contrast of every visible link and button against what is drawn behind it (WCAG 2.x).
// axe-core reports a 1:1 ratio (text the colour of its background) as "incomplete", not as a
// violation, because such text may be hidden on purpose: that is how an invisible "Send my
// story" button passed it. This computes the ratio itself, for every control, and says which
// fall short. Returns [{html, ratio, fg, bg}] for each control below `minimum`.
(minimum) => {
  const parse = (value) => {
    const m = value.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, below) => {
    const a = top.a + below.a * (1 - top.a);
    if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
    const mix = (c) => (top[c] * top.a + below[c] * below.a * (1 - top.a)) / a;
    return { r: mix("r"), g: mix("g"), b: mix("b"), a };
  };
  const luminance = (c) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  };
  const background = (element) => {
    const layers = [];
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0) layers.push(colour);
      if (colour && colour.a === 1) break;
    }
    return layers.reduceRight((below, top) => over(top, below), { r: 255, g: 255, b: 255, a: 1 });
  };
  const visible = (element) => {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    return box.width > 1 && box.height > 1 && style.visibility !== "hidden"
      && style.display !== "none" && !element.closest(".visually-hidden, [hidden]");
  };
  const failures = [];
  const controls = document.querySelectorAll(
    "a[href], button, input[type=submit], input[type=button], input[type=reset], .btn");
  for (const element of controls) {
    if (!visible(element)) continue;
    const bg = background(element);
    const fg = over(parse(getComputedStyle(element).color), bg);
    const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    const ratio = (light + 0.05) / (dark + 0.05);
    if (ratio < minimum) {
      failures.push({ html: element.outerHTML.slice(0, 160), ratio: Math.round(ratio * 100) / 100,
        fg: getComputedStyle(element).color, bg: `rgb(${bg.r}, ${bg.g}, ${bg.b})` });
    }
  }
  return failures;
}
