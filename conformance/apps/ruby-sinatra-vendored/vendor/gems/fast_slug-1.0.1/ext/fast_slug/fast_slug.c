#include <ctype.h>
#include <ruby.h>

/* FastSlug.slugify("Hello, World!") => "hello-world": lower-case alphanumerics, single dashes between words. */
static VALUE slugify(VALUE self, VALUE str) {
    StringValue(str);
    const char *s = RSTRING_PTR(str);
    long n = RSTRING_LEN(str);
    VALUE out = rb_str_buf_new(n);
    int dash = 0;
    for (long i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c)) {
            if (dash && RSTRING_LEN(out) > 0) rb_str_cat(out, "-", 1);
            char l = (char)tolower(c);
            rb_str_cat(out, &l, 1);
            dash = 0;
        } else {
            dash = 1;
        }
    }
    return out;
}

void Init_fast_slug(void) {
    VALUE mod = rb_define_module("FastSlug");
    rb_define_module_function(mod, "slugify", slugify, 1);
}
