# The CDN in front of the site (tests/test_varnish.py runs it on loopback in CI).
# Include it after a backend declaration, e.g.:
#     vcl 4.1;
#     backend default { .host = "127.0.0.1"; .port = "8000"; }
#     include "/path/to/.ci/varnish.vcl";
#
# It keeps what the site's own directive allows (Surrogate-Control: max-age, and
# stale-while-revalidate as grace), never reading the browser's Cache-Control (which
# says no-store, private: a watched device keeps nothing). PURGE of a path drops every
# query variant of it; BAN / drops everything under that host. Both from loopback only.

import std;

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "BAN") {
            ban("obj.http.x-cache-host == " + req.http.host);
        } else {
            ban("obj.http.x-cache-host == " + req.http.host + " && obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        }
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # A signed-in editor or a form's token: the site marks those no-store anyway.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # No other cookie changes a page: reading one never depends on it.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Kept on the object so bans can find it (lurker-friendly: obj.* only).
    set beresp.http.x-cache-host = bereq.http.host;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");
    if (!beresp.http.Surrogate-Control || beresp.http.Surrogate-Control ~ "no-store") {
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
    if (beresp.http.Surrogate-Control ~ "stale-while-revalidate=") {
        set beresp.grace = std.duration(regsub(beresp.http.Surrogate-Control, "^.*stale-while-revalidate=([0-9]+).*$", "\1") + "s", 0s);
    } else {
        set beresp.grace = 0s;
    }
    set beresp.keep = 0s;
    unset beresp.http.Surrogate-Control;
    # Not the built-in rules: they would refuse anything whose Cache-Control is private.
    return (deliver);
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-path;
}
