// Sends the CSRF token with every htmx request (pages are protected by Spring Security's CSRF filter).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// Print buttons (inline handlers are refused by the content security policy).
document.addEventListener('click', function (event) {
  if (event.target.matches('[data-print]')) {
    window.print();
  }
});
