/* The share image of a wish (分享到微信), drawn on a tap (xinyuan.js fetches this file then and
   calls window.xinyuanShareImage(box)) from the facts on the wish page and the QR code the build
   worked out (data-qr: "<size>:<base64 of the dark modules, row by row>").
   No outside service and no library: a canvas, the phone's own Chinese font, and a PNG data URL
   in an <img>, which WeChat's browser lets a person long-press to save or send on. */
(function () {
  "use strict";
  var WIDTH = 750, MARGIN = 48, RED = "#b71c1c";
  var FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

  function modules(code) {
    var parts = code.split(":"), size = parseInt(parts[0], 10), bytes = atob(parts[1]);
    return { size: size, dark: function (row, col) {
      var i = row * size + col;
      return (bytes.charCodeAt(i >> 3) >> (7 - (i & 7))) & 1;
    } };
  }

  /* Lines of at most `width` pixels; Chinese breaks between any two characters. */
  function wrap(context, text, width, most) {
    var lines = [], line = "";
    Array.from(text).forEach(function (ch) {
      if (line && context.measureText(line + ch).width > width) { lines.push(line); line = ""; }
      line += ch;
    });
    if (line) lines.push(line);
    if (lines.length > most) {
      lines = lines.slice(0, most);
      var last = lines[most - 1];
      while (last && context.measureText(last + "…").width > width) last = last.slice(0, -1);
      lines[most - 1] = last + "…";
    }
    return lines;
  }

  function draw(box) {
    var data = box.dataset, qr = modules(data.qr), unit = Math.floor(360 / (qr.size + 8));
    var qrSide = unit * (qr.size + 8);
    var canvas = document.createElement("canvas"), c = canvas.getContext("2d");
    c.font = "bold 56px " + FONT;
    var title = wrap(c, data.title, WIDTH - 2 * MARGIN, 3);
    c.font = "36px " + FONT;
    var facts = [data.who, data.place, data.due].filter(Boolean);
    var factLines = [];
    facts.forEach(function (f) { factLines = factLines.concat(wrap(c, f, WIDTH - 2 * MARGIN, 2)); });
    var top = 150, titleTop = top + 50, factsTop = titleTop + title.length * 76 + 20;
    var qrTop = factsTop + factLines.length * 54 + 30;
    canvas.width = WIDTH;
    canvas.height = qrTop + qrSide + 150;

    c.fillStyle = "#fff";
    c.fillRect(0, 0, canvas.width, canvas.height);
    c.fillStyle = RED;                       /* the program's name on a red band */
    c.fillRect(0, 0, WIDTH, top);
    c.fillStyle = "#fff";
    c.textBaseline = "middle";
    c.textAlign = "center";
    c.font = "bold 40px " + FONT;
    c.fillText(wrap(c, data.program, WIDTH - 2 * MARGIN, 1)[0], WIDTH / 2, 62);
    c.font = "30px " + FONT;
    c.fillText("微心愿 · 等你认领", WIDTH / 2, 115);

    c.textAlign = "left";
    c.textBaseline = "top";
    c.fillStyle = "#111";
    c.font = "bold 56px " + FONT;
    title.forEach(function (line, i) { c.fillText(line, MARGIN, titleTop + i * 76); });
    c.fillStyle = "#333";
    c.font = "36px " + FONT;
    factLines.forEach(function (line, i) { c.fillText(line, MARGIN, factsTop + i * 54); });

    var left = Math.round((WIDTH - qrSide) / 2);   /* white quiet zone of four modules */
    c.fillStyle = "#fff";
    c.fillRect(left, qrTop, qrSide, qrSide);
    c.fillStyle = "#000";
    for (var row = 0; row < qr.size; row++) {
      for (var col = 0; col < qr.size; col++) {
        if (qr.dark(row, col)) c.fillRect(left + (col + 4) * unit, qrTop + (row + 4) * unit, unit, unit);
      }
    }
    c.textAlign = "center";
    c.fillStyle = "#111";
    c.font = "bold 34px " + FONT;
    c.fillText("长按识别或扫码，查看并认领这个心愿", WIDTH / 2, qrTop + qrSide + 24);
    c.fillStyle = "#444";
    c.font = "28px " + FONT;
    c.fillText("心愿编号 " + data.id, WIDTH / 2, qrTop + qrSide + 80);
    return canvas.toDataURL("image/png");
  }

  window.xinyuanShareImage = draw;
})();
