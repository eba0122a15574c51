require "mkmf"
create_makefile("fast_slug/fast_slug")
