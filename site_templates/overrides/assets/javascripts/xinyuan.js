/* What every page may need, kept small and in one file fetched once (not inline: it would be
   repeated in thousands of pages):
   - the large-text switch in the header (大字, 适老化): a tap toggles .xy-large on <html> and
     remembers it in this browser; main.html applies the remembered choice before a page is drawn;
   - the menu: pages in the light frame (light.html) have no drawer of their own, and their ☰
     leads to the home page at #__drawer, which opens its drawer here;
   - the share button of a claimable wish (分享到微信): it fetches share.js, which draws the image,
     only when tapped, so a wish page's cold load does not carry the drawing code. */
(function () {
  "use strict";
  var root = document.documentElement, button = document.getElementById("xy-textsize");
  if (button) {
    var show = function () { button.setAttribute("aria-pressed", root.classList.contains("xy-large") ? "true" : "false"); };
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var large = root.classList.toggle("xy-large");
      try { localStorage.setItem("xy-text", large ? "large" : "normal"); } catch (e) { /* private mode */ }
      show();
    });
  }

  /* The theme closes the drawer 125 ms after the page reads its address (a debounce started
     before this deferred script runs), so the menu opens after that. */
  var drawer = document.getElementById("__drawer");
  if (drawer && location.hash === "#__drawer") {
    setTimeout(function () {
      drawer.checked = true;
      drawer.dispatchEvent(new Event("change"));
    }, 250);
  }

  var loading = null;
  function shareScript(src) {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () { resolve(window.xinyuanShareImage); };
        script.onerror = function () { loading = null; reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }
  document.querySelectorAll(".xy-share[data-qr]").forEach(function (box) {
    var make = box.querySelector(".xy-share__make"), hint = box.querySelector(".xy-share__hint");
    if (!box.dataset.qr || !make) return;
    box.hidden = false;
    make.hidden = false;
    make.addEventListener("click", function () {
      shareScript(make.getAttribute("data-script")).then(function (draw) {
        var image = document.createElement("img");
        image.className = "xy-share__image";
        image.alt = "心愿分享图片：" + box.dataset.title;
        image.src = draw(box);
        box.appendChild(image);
        hint.hidden = false;
        make.hidden = true;
      }, function () { hint.hidden = false; hint.textContent = "图片暂时生成不了，请稍后再试。"; });
    });
  });
})();
