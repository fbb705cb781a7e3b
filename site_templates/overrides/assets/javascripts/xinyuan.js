/* What every page may need, kept small and in one file fetched once (not inline: it would be
   repeated in thousands of pages):
   - the large-text switch in the header (大字, 适老化): a tap toggles .xy-large on <html> and
     remembers it in this browser; main.html applies the remembered choice before a page is drawn;
   - the menu: pages in the plain frame (plain.html) have no drawer of their own, and their ☰
     leads to the home page at #__drawer, which opens its drawer here;
   - the share button of a claimable wish (分享到微信): it fetches share.js, which draws the image,
     only when tapped, so a wish page's cold load does not carry the drawing code;
   - on pages in the plain frame (plain.html: wish pages, later list pages, the filter page,
     poster sheets), which load none of the theme's script, what it did there: the back-to-top
     button, shown while scrolling back up below the first screen; the page's title in the header
     once its heading has scrolled away; folded parts unfolded for printing. */
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

  if (!document.getElementById("__config")) {
    var top = document.querySelector(".md-top"), header = document.querySelector(".md-header"),
      title = document.querySelector(".md-header__title"), heading = document.querySelector(".md-content h1"),
      last = window.scrollY;
    /* The theme's stylesheet fades a [hidden] button out but leaves it in place: out of the tab
       order too while hidden, as the theme's script does. */
    var showTop = function (shown) {
      top.hidden = !shown;
      if (shown) top.removeAttribute("tabindex"); else top.setAttribute("tabindex", "-1");
    };
    var onScroll = function () {
      var y = window.scrollY;
      if (top) showTop(y < last && y > window.innerHeight / 2);
      if (header && title && heading) {
        title.classList.toggle("md-header__title--active", heading.getBoundingClientRect().bottom < header.offsetHeight);
      }
      last = y;
    };
    onScroll();
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    if (top) {
      top.addEventListener("click", function () {
        showTop(false);
        top.blur();
        window.scrollTo({ top: 0 });
      });
    }
    /* Folded parts (a wish's photos) print unfolded, as the theme's script made them. */
    var folded = [];
    window.addEventListener("beforeprint", function () {
      folded = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
      folded.forEach(function (d) { d.open = true; });
    });
    window.addEventListener("afterprint", function () {
      folded.forEach(function (d) { d.open = false; });
      folded = [];
    });
  }
})();
