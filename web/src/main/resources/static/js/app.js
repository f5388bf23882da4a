// KT Event Marketing web app: the few behaviours htmx does not give. No inline scripts anywhere (CSP).
(function () {
  "use strict";
  // Buttons with data-copy copy their text (e.g. a public link) to the clipboard.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button || !navigator.clipboard) return;
    navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
      button.setAttribute("data-copied", "true");
    });
  });
  // A failed htmx request that brought no message of its own (network down) still says something.
  document.addEventListener("htmx:sendError", function () {
    var alerts = document.getElementById("alerts");
    if (alerts) {
      alerts.innerHTML = "";
      var div = document.createElement("div");
      div.className = "alert error";
      div.setAttribute("role", "alert");
      div.textContent = document.documentElement.lang === "en"
        ? "The connection failed. Check the network and try again."
        : "연결에 실패했습니다. 네트워크를 확인한 뒤 다시 시도해 주세요.";
      alerts.appendChild(div);
    }
  });
})();
