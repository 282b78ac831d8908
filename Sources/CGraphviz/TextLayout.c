#include "CGraphviz.h"
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

// relgraph's text measurement for libgvc: the widths Graphviz's Pango plugin would give, for the
// font relgraph's diagrams use, without loading Pango.
//
// Graphviz measures every label through its "textlayout" plugin before laying out. The Pango
// plugin costs a process ~15 ms before its first measurement (loading Pango, cairo, GLib/GIO and
// X11's client libraries, then fontconfig parsing its ~60 configuration files), more than `dot`'s
// whole layout of a 40-actor diagram (Benchmarks/startup). What it computes for one line of text
// is small: HarfBuzz shapes the text in the font fontconfig found, each glyph's advance is rounded
// to a whole pixel at 96 dpi (Graphviz asks for hinted metrics), and Graphviz keeps
// `(int)(width in points + 1)`. This plugin does the same with HarfBuzz alone for "DejaVu Sans",
// regular or bold, when the text is one script of Latin, Greek or Cyrillic with common
// punctuation, arrows and box drawing, and every character is in the font. Anything else (other
// fonts, italics, sub/superscripts, other scripts, combining marks, missing glyphs, `dot -v`'s
// font path, and every span of a PNG or PDF, whose cairo renderer draws Pango's own layout) goes
// to Pango through a second, ordinary Graphviz context, loaded on first need.
//
// The font file is looked for in the usual system folders and checked by its family name; this
// assumes fontconfig resolves "DejaVu Sans" to that same file, as it does unless a user installs
// another version of the font (then widths could differ by a pixel; TextLayoutTests would show it).
//
// The rules were checked against Pango 1.50 / HarfBuzz 6 on 250,000 label strings (lexicon names,
// corpus phrases, every code point of the accepted ranges) at nine sizes, regular and bold: equal
// widths, baselines and results. RendererTests compares whole SVGs drawn both ways.

// --- The part of HarfBuzz's C API used here (stable since HarfBuzz 2.1; no -dev package needed).
typedef struct hb_blob_t hb_blob_t;
typedef struct hb_face_t hb_face_t;
typedef struct hb_font_t hb_font_t;
typedef struct hb_buffer_t hb_buffer_t;
typedef const struct hb_language_impl_t *hb_language_t;
typedef struct { int32_t x_advance, y_advance, x_offset, y_offset; uint32_t reserved; } hb_glyph_position_t;
typedef struct { int32_t ascender, descender, line_gap, reserved[9]; } hb_font_extents_t;
enum { HB_DIRECTION_LTR = 4, HB_BUFFER_FLAG_BOT = 1, HB_BUFFER_FLAG_EOT = 2, HB_OT_NAME_ID_FONT_FAMILY = 1 };

#define RELGRAPH_HARFBUZZ_FUNCTIONS(X) \
    X(hb_blob_create_from_file, hb_blob_t *, (const char *path)) \
    X(hb_blob_destroy, void, (hb_blob_t *blob)) \
    X(hb_face_create, hb_face_t *, (hb_blob_t *blob, unsigned int index)) \
    X(hb_face_get_glyph_count, unsigned int, (hb_face_t *face)) \
    X(hb_face_destroy, void, (hb_face_t *face)) \
    X(hb_ot_name_get_utf8, unsigned int, (hb_face_t *face, unsigned int name, hb_language_t language, unsigned int *size, char *text)) \
    X(hb_font_create, hb_font_t *, (hb_face_t *face)) \
    X(hb_font_set_scale, void, (hb_font_t *font, int x_scale, int y_scale)) \
    X(hb_font_get_nominal_glyph, int, (hb_font_t *font, uint32_t codepoint, uint32_t *glyph)) \
    X(hb_font_get_h_extents, int, (hb_font_t *font, hb_font_extents_t *extents)) \
    X(hb_font_destroy, void, (hb_font_t *font)) \
    X(hb_buffer_create, hb_buffer_t *, (void)) \
    X(hb_buffer_add_utf8, void, (hb_buffer_t *buffer, const char *text, int length, unsigned int offset, int item_length)) \
    X(hb_buffer_set_direction, void, (hb_buffer_t *buffer, int direction)) \
    X(hb_buffer_guess_segment_properties, void, (hb_buffer_t *buffer)) \
    X(hb_buffer_set_flags, void, (hb_buffer_t *buffer, unsigned int flags)) \
    X(hb_buffer_get_glyph_positions, hb_glyph_position_t *, (hb_buffer_t *buffer, unsigned int *length)) \
    X(hb_buffer_clear_contents, void, (hb_buffer_t *buffer)) \
    X(hb_shape, void, (hb_font_t *font, hb_buffer_t *buffer, const void *features, unsigned int count))

#define RELGRAPH_HB_POINTER(name, result, parameters) static result (*name##_) parameters;
RELGRAPH_HARFBUZZ_FUNCTIONS(RELGRAPH_HB_POINTER)

// --- Graphviz's Pango plugin, restated (plugin/pango/gvtextlayout_pango.c, Graphviz 2.42).
enum { PANGO_UNITS = 1024 };               // PANGO_SCALE
static const double layout_dpi = 96.0;     // FONT_DPI: text is laid out at 96 dpi ...
static const double points_per_inch = 72.0; // ... and reported in points
/// Pango's PANGO_UNITS_ROUND: to the nearest whole pixel (hinted metrics round every glyph).
static int32_t round_to_pixel(int32_t units) { return (units + (PANGO_UNITS >> 1)) & ~(PANGO_UNITS - 1); }
/// Font ascents are rounded up, as Pango's hinted font metrics are.
static int32_t ceil_to_pixel(int32_t units) { return (units + PANGO_UNITS - 1) & ~(PANGO_UNITS - 1); }

// --- State. Every call into libgvc is serialised by the Swift Renderer's lock.
static const char *const font_name = "DejaVu Sans";
static const char *const font_files[2] = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"};  // regular, bold
// Where distributions install DejaVu (Debian/Ubuntu, Fedora old and new, Arch, local).
static const char *const font_folders[] = {
    "/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/dejavu/", "/usr/share/fonts/dejavu-sans-fonts/",
    "/usr/share/fonts/TTF/", "/usr/local/share/fonts/",
};
static hb_face_t *faces[2];
static hb_font_t *fonts[2];  // the last size asked of each face
static int font_scales[2];
static hb_buffer_t *buffer;
static pthread_once_t harfbuzz_once = PTHREAD_ONCE_INIT;
static GVC_t *pango_context;  // an ordinary context: its textlayout is Pango (config6a's best)
static bool pango_context_tried;
static bool pango_job;        // set per job by the renderer
static unsigned long measured_here;

static hb_face_t *open_face(const char *file) {
    for (size_t i = 0; i < sizeof font_folders / sizeof *font_folders; i++) {
        char path[256];
        snprintf(path, sizeof path, "%s%s", font_folders[i], file);
        hb_blob_t *blob = hb_blob_create_from_file_(path);  // an empty blob when unreadable
        hb_face_t *face = hb_face_create_(blob, 0);
        hb_blob_destroy_(blob);  // the face keeps its own reference
        char family[64];
        unsigned int size = sizeof family;
        if (hb_face_get_glyph_count_(face) > 0
            && hb_ot_name_get_utf8_(face, HB_OT_NAME_ID_FONT_FAMILY, NULL, &size, family) > 0
            && strcmp(family, font_name) == 0)
            return face;
        hb_face_destroy_(face);
    }
    return NULL;
}

static void load_harfbuzz(void) {
    // Already in memory wherever Graphviz's Pango plugin is installed (Pango depends on it).
    void *library = dlopen("libharfbuzz.so.0", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) return;
#define RELGRAPH_HB_LOOKUP(name, result, parameters) \
    *(void **)&name##_ = dlsym(library, #name); \
    if (name##_ == NULL) return;
    RELGRAPH_HARFBUZZ_FUNCTIONS(RELGRAPH_HB_LOOKUP)
    faces[0] = open_face(font_files[0]);
    faces[1] = open_face(font_files[1]);
    buffer = hb_buffer_create_();
}

/// Writing systems of the accepted code points: a span mixing two letter scripts is itemised by
/// Pango into runs (no kerning across them), so only one letter script is accepted.
enum script_class { UNSUPPORTED, COMMON, LATIN, GREEK, CYRILLIC };

static enum script_class classify(uint32_t c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) return UNSUPPORTED;  // controls, tab
    if (c < 0x80) return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? LATIN : COMMON;
    if (c < 0xC0) return (c == 0xAA || c == 0xBA) ? LATIN : COMMON;
    if (c < 0x250) return (c == 0xD7 || c == 0xF7) ? COMMON : LATIN;  // Latin-1, Extended-A and -B
    if (c >= 0x370 && c <= 0x3E1) return (c == 0x374 || c == 0x37E || c == 0x385 || c == 0x387) ? COMMON : GREEK;
    if (c >= 0x3F0 && c <= 0x3FF) return GREEK;
    if ((c >= 0x400 && c <= 0x482) || (c >= 0x48A && c <= 0x4FF)) return CYRILLIC;  // not combining 0x483-0x489
    if (c >= 0x1E00 && c <= 0x1EFF) return LATIN;  // Latin Extended Additional (Vietnamese)
    if ((c >= 0x2010 && c <= 0x2026) || (c >= 0x2030 && c <= 0x205E)  // punctuation, not separators or bidi marks
        || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x21FF)  // currency, arrows
        || (c >= 0x2500 && c <= 0x25FF))  // box drawing, blocks, geometric shapes
        return COMMON;
    return UNSUPPORTED;
}

/// Decodes one well-formed UTF-8 sequence at `text`; 0 for a malformed one.
static int decode(const unsigned char *text, uint32_t *scalar) {
    unsigned char lead = text[0];
    int length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0) return 0;
    uint32_t value = length == 1 ? lead : lead & (0x7F >> length);
    for (int i = 1; i < length; i++) {
        if ((text[i] & 0xC0) != 0x80) return 0;
        value = (value << 6) | (text[i] & 0x3F);
    }
    static const uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < smallest[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
    *scalar = value;
    return length;
}

/// True when every character of `text` is accepted and in `font`.
static bool measurable(const char *text, hb_font_t *font) {
    const unsigned char *cursor = (const unsigned char *)text;
    enum script_class letters = COMMON;
    while (*cursor) {
        uint32_t scalar, glyph;
        int length = decode(cursor, &scalar);
        if (length == 0) return false;
        enum script_class class = classify(scalar);
        if (class == UNSUPPORTED || (class != COMMON && letters != COMMON && class != letters)) return false;
        if (class != COMMON) letters = class;
        if (!hb_font_get_nominal_glyph_(font, scalar, &glyph)) return false;  // Pango would fall back to another font
        cursor += length;
    }
    return true;
}

/// Measures `span` as the Pango plugin would; false when it is not one this file can measure.
static bool measure_here(textspan_t *span, boolean *result) {
    int weight = (span->font->flags & HTML_BF) ? 1 : 0;
    // Sizes Graphviz's own arithmetic (int Pango units) holds without overflow; others to Pango.
    if (faces[weight] == NULL || !(span->font->size > 0 && span->font->size <= 1000)) return false;
    // Graphviz asks Pango for (int)(size * PANGO_SCALE) points at 96 dpi.
    double pixels = (int)(span->font->size * PANGO_UNITS) / (double)PANGO_UNITS * layout_dpi / points_per_inch;
    int scale = (int)(pixels * PANGO_UNITS);
    if (fonts[weight] == NULL || font_scales[weight] != scale) {
        if (fonts[weight] != NULL) hb_font_destroy_(fonts[weight]);
        fonts[weight] = hb_font_create_(faces[weight]);
        hb_font_set_scale_(fonts[weight], scale, scale);
        font_scales[weight] = scale;
    }
    hb_font_t *font = fonts[weight];
    if (!measurable(span->str, font)) return false;
    hb_buffer_clear_contents_(buffer);
    hb_buffer_add_utf8_(buffer, span->str, -1, 0, -1);
    hb_buffer_set_direction_(buffer, HB_DIRECTION_LTR);
    hb_buffer_guess_segment_properties_(buffer);  // the script of its letters, the locale's language
    hb_buffer_set_flags_(buffer, HB_BUFFER_FLAG_BOT | HB_BUFFER_FLAG_EOT);
    hb_shape_(font, buffer, NULL, 0);
    unsigned int count = 0;
    hb_glyph_position_t *positions = hb_buffer_get_glyph_positions_(buffer, &count);
    int64_t total = 0;
    for (unsigned int i = 0; i < count; i++) total += round_to_pixel(positions[i].x_advance);
    if (total < 0 || total > INT32_MAX) return false;  // past Pango's int width: let Pango do what it does
    int32_t width = (int32_t)total;
    hb_font_extents_t extents;
    hb_font_get_h_extents_(font, &extents);

    const double to_points = points_per_inch / (layout_dpi * PANGO_UNITS);
    span->size.x = (int)(width * to_points + 1);  // rounded up: boxes never too small
    span->size.y = (int)(span->font->size * 1.1 + .5);  // the plugin's line height, not Pango's
    span->yoffset_layout = ceil_to_pixel(extents.ascender) * to_points;
    span->yoffset_centerline = 0.2 * span->font->size;
    span->layout = NULL;
    span->free_layout = NULL;
    *result = width != 0;  // Pango's "no width": Graphviz then estimates
    measured_here++;
    return true;
}

static boolean measure_with_pango(textspan_t *span, char **fontpath) {
    if (!pango_context_tried) {
        pango_context_tried = true;
        pango_context = relgraph_gvContext();
    }
    // No Pango plugin at all: Graphviz's own estimate, as `dot` without it.
    return pango_context != NULL ? relgraph_gvtextlayout(pango_context, span, fontpath) : FALSE;
}

static boolean measure(textspan_t *span, char **fontpath) {
    if (!pango_job && fontpath == NULL && span->str != NULL && span->font != NULL && span->font->name != NULL
        && strcmp(span->font->name, font_name) == 0 && (span->font->flags & ~HTML_BF) == 0) {
        pthread_once(&harfbuzz_once, load_harfbuzz);
        boolean result;
        if (buffer != NULL && measure_here(span, &result)) return result;
    }
    return measure_with_pango(span, fontpath);
}

static gvtextlayout_engine_t engine = {measure};
// Above Pango's quality (10) and the GD plugin's (2): libgvc picks the highest.
static gvplugin_installed_t textlayouts[] = {{0, "textlayout", 100, &engine, NULL}, {0, NULL, 0, NULL, NULL}};
static gvplugin_api_t apis[] = {{API_textlayout, textlayouts}, {(api_t)0, NULL}};
static gvplugin_library_t library = {"relgraph_text", apis};
static const lt_symlist_t builtins[] = {{"gvplugin_relgraph_text_LTX_library", &library}, {NULL, NULL}};

GVC_t *relgraph_context_measuring_text(void) { return relgraph_gvContextPlugins(builtins, 1); }

void relgraph_text_use_pango(int flag) { pango_job = flag != 0; }

unsigned long relgraph_text_measured_without_pango(void) { return measured_here; }
