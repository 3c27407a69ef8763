/* The studio's service worker, written by the build (studio/outputs/offline.py) with its version and the site's
   shell. Network first for every same-origin GET: online, each answer refreshes the cache; offline, the cache
   answers. A programme page or training view asks it (offline.js) to keep that programme's page, training view,
   JSON and PDF. A new version fetches again, from the new site, everything the old one kept, then takes over and
   deletes the old cache, so no page is ever served with another build's files. Nothing is sent anywhere. */
"use strict";

var VERSION = "__VERSION__";
var PREFIX = "studio-offline-";
var CACHE = PREFIX + VERSION;
var SHELL = __SHELL__;

function absolute(path) { return new URL(path, self.registration.scope).href; }

function keep(cache, urls) {
  return Promise.all(urls.map(function (url) {
    return fetch(url, { cache: "reload" }).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return cache.put(url, response);
    });
  }));
}

/* Everything older versions kept, fetched again from this version of the site. */
function carryOver(cache) {
  return caches.keys().then(function (names) {
    var old = names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; });
    return Promise.all(old.map(function (name) {
      return caches.open(name).then(function (oldCache) { return oldCache.keys(); }).then(function (requests) {
        var urls = requests.map(function (r) { return r.url; });
        return cache.keys().then(function (have) {
          var got = have.map(function (r) { return r.url; });
          return Promise.all(urls.filter(function (u) { return got.indexOf(u) < 0; }).map(function (url) {
            return fetch(url, { cache: "reload" }).then(function (response) {
              if (response.ok) return cache.put(url, response);  // a file the site no longer has is dropped
            });
          }));
        });
      });
    }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return keep(cache, SHELL.map(absolute)).then(function () { return carryOver(cache); }); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys()
    .then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf(PREFIX) === 0 && name !== CACHE; })
        .map(function (name) { return caches.delete(name); }));
    })
    .then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) return;
  var urls = data.urls.map(function (u) { return new URL(u, self.registration.scope); })
    .filter(function (u) { return u.origin === self.location.origin; })
    .map(function (u) { return u.href; });
  event.waitUntil(caches.open(CACHE)
    .then(function (cache) { return keep(cache, urls); })
    .then(function () { return { type: "kept", urls: urls, version: VERSION }; },
          function (error) { return { type: "not-kept", error: String(error) }; })
    .then(function (answer) { if (event.source) event.source.postMessage(answer); }));
});

function offline(request) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreSearch: true }).then(function (found) {
      if (found) return found;
      if (request.mode === "navigate") {
        return new Response("<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>" +
          "<title>Offline</title><p>You are offline, and this page was not kept on this device. " +
          "Programmes you have opened, and their training views, work offline.</p>",
          { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
      }
      return Response.error();
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.headers.has("range")) return;  // partial answers are not kept
  // no-cache: the browser's own HTTP cache may still hold an older build's file it thinks fresh; it asks the site.
  event.respondWith(fetch(request, { cache: "no-cache" }).then(function (response) {
    if (response.ok && response.type === "basic") {
      var copy = response.clone();
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(request, copy); }));
    }
    return response;
  }, function () { return offline(request); }));
});
