// Known XSS and request-smuggling vectors, after the usual cheat sheets: script tags, event handlers, SVG and
// MathML, CSS url() and @import, broken and nested markup, entity and Unicode tricks, javascript:, data: and
// vbscript: links, srcdoc, Markdown's own links, images and references, and template syntax. BEACON stands
// for a URL of the test's loopback server: a vector that loads or runs reaches it.
export const VECTORS: string[] = [
  // script
  "<script>fetch('BEACON')</script>",
  "<SCRIPT SRC=BEACON></SCRIPT>",
  "<script src=//BEACON_HOST/x.js></script>",
  "<scr<script>ipt>fetch('BEACON')</scr</script>ipt>",
  "<script>/*</script><script>*/fetch('BEACON')</script>",
  // event handlers
  "<img src=x onerror=\"fetch('BEACON')\">",
  "<img src=\"BEACON\">",
  "<body onload=fetch('BEACON')>",
  "<details open ontoggle=fetch('BEACON')>",
  "<input autofocus onfocus=fetch('BEACON')>",
  "<div onmouseover=\"fetch('BEACON')\">hover</div>",
  "<marquee onstart=fetch('BEACON')>x</marquee>",
  "<video><source onerror=\"fetch('BEACON')\"></video>",
  "<video poster=BEACON></video>",
  "<audio src=BEACON>",
  "<img srcset=\"BEACON 1x\">",
  "<picture><source srcset=BEACON><img></picture>",
  // SVG and MathML
  "<svg onload=fetch('BEACON')>",
  "<svg><script>fetch('BEACON')</script></svg>",
  "<svg><image href=BEACON /></svg>",
  "<svg><use href=\"BEACON#x\"/></svg>",
  "<svg><a xlink:href=\"javascript:fetch('BEACON')\"><text x=20 y=20>klik</text></a></svg>",
  "<svg><animate onbegin=fetch('BEACON') attributeName=x dur=1s>",
  "<svg><foreignObject><iframe src=BEACON></iframe></foreignObject></svg>",
  "<math><mtext><table><mglyph><style><img src=BEACON onerror=fetch('BEACON')>",
  // frames, objects, forms, meta, base
  "<iframe src=BEACON></iframe>",
  "<iframe srcdoc=\"<script>fetch('BEACON')</script>\"></iframe>",
  "<object data=BEACON></object>",
  "<embed src=BEACON>",
  "<form action=BEACON><button>send</button></form>",
  "<button formaction=BEACON>x</button>",
  "<meta http-equiv=\"refresh\" content=\"0;url=BEACON\">",
  "<base href=\"BEACON/\">",
  "<link rel=stylesheet href=BEACON>",
  "<link rel=prefetch href=BEACON>",
  // CSS
  "<style>@import 'BEACON';</style>",
  "<style>body{background:url(BEACON)}</style>",
  "<div style=\"background-image:url(BEACON)\">x</div>",
  "<div style=\"width:expression(fetch('BEACON'))\">x</div>",
  "</style><script>fetch('BEACON')</script>",
  // broken markup and context escapes
  "\"><script>fetch('BEACON')</script>",
  "'><svg/onload=fetch('BEACON')>",
  "</title><script>fetch('BEACON')</script>",
  "</textarea><script>fetch('BEACON')</script>",
  "<!--<script>--><script>fetch('BEACON')</script><!---->",
  "<![CDATA[<script>fetch('BEACON')</script>]]>",
  "<noscript><p title=\"</noscript><img src=x onerror=fetch('BEACON')>\">",
  "<img src=BEACON",
  "<a href=\"javascript:fetch('BEACON')\">klik</a>",
  "<a href=\" javascript:fetch('BEACON')\">klik</a>",
  "<a href=\"jav&#x09;ascript:fetch('BEACON')\">klik</a>",
  // entities and Unicode
  "&lt;script&gt;fetch('BEACON')&lt;/script&gt;",
  "&#60;script&#62;fetch('BEACON')&#60;/script&#62;",
  "\\u003cscript\\u003efetch('BEACON')\\u003c/script\\u003e",
  "＜script＞fetch('BEACON')＜/script＞",
  "<scr\u0000ipt>fetch('BEACON')</script>",
  "\u202e<script>fetch('BEACON')</script>\u200b",
  // Markdown links, images, references, autolinks
  "[klik](javascript:fetch('BEACON'))",
  "[klik](JaVaScRiPt:fetch('BEACON'))",
  "[klik](&#106;avascript:fetch('BEACON'))",
  "[klik](java\\script:fetch('BEACON'))",
  "[klik](vbscript:msgbox('BEACON'))",
  "[klik](data:text/html;base64,PHNjcmlwdD5mZXRjaCgnQkVBQ09OJyk8L3NjcmlwdD4=)",
  "[klik](file:///etc/passwd)",
  "![billede](BEACON)",
  "![billede](data:image/svg+xml,<svg onload=fetch('BEACON')>)",
  "[klik][ref]\n\n[ref]: javascript:fetch('BEACON')",
  "<javascript:fetch('BEACON')>",
  "[klik](BEACON \"titel\" onmouseover=fetch('BEACON'))",
  "[<img src=BEACON>](https://example.com)",
  // template syntax: data never reaches a template as template
  "{{constructor.constructor('fetch(\"BEACON\")')()}}",
  "{{{raw}}} {{> layout}} {{#each this}}x{{/each}}",
  "${fetch('BEACON')}",
];

/** The vectors with BEACON pointing at a server; each vector gets its own path, to tell which one got through. */
export function withBeacon(base: string): string[] {
  return VECTORS.map((v, i) => v.replaceAll("BEACON_HOST", base.replace(/^https?:\/\//, "")).replaceAll("BEACON", `${base}/v${i}`));
}
