# Build, test and install cloudcfg.
#
#   make                      release binary (Swift standard library linked in), man page, completions
#   make install              into PREFIX (default /usr/local; root or sudo for that one)
#   make install PREFIX=~/.local
#   make uninstall            removes exactly what install put there
#   make test                 swift test
#
# `make` builds as you; `sudo make install` then only copies, since every file it installs is
# up to date. DESTDIR is honoured for packaging.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

BINARY := .build/release/cloudcfg
OUT := .build/share
MANPAGE := $(OUT)/cloudcfg.1
BASH_COMPLETION := $(OUT)/cloudcfg.bash
ZSH_COMPLETION := $(OUT)/_cloudcfg
FISH_COMPLETION := $(OUT)/cloudcfg.fish
# The man page's date: the last commit's, so that a rebuild of the same commit gives the same page.
MANDATE := $(shell git log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)

SOURCES := Package.swift $(shell find Sources -name '*.swift' -o -name '*.h' -o -name '*.modulemap')

.PHONY: all build man completions install uninstall test clean

all: build man completions

build: $(BINARY)

# A release build with the Swift standard library and Foundation linked statically, so the
# installed binary runs without a Swift toolchain (it still needs libyaml-0-2 and zlib1g).
$(BINARY): $(SOURCES)
	$(SWIFT) build -c release --static-swift-stdlib --product cloudcfg
	@touch $@

# The man page, from the command's own help by swift-argument-parser's generate-manual tool
# (the tool behind its GenerateManual plugin, run directly so that it reads the binary being
# installed). mdoc wants .Pp, not blank lines, between paragraphs.
man: $(MANPAGE)

$(MANPAGE): $(BINARY)
	$(SWIFT) build --product generate-manual
	@mkdir -p $(OUT)/manual
	"$$($(SWIFT) build --show-bin-path)/generate-manual" $(BINARY) --date $(MANDATE) --output-directory $(OUT)/manual
	sed 's/^$$/.Pp/' $(OUT)/manual/cloudcfg.1 > $@

completions: $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)

$(BASH_COMPLETION): $(BINARY)
	@mkdir -p $(OUT)
	$(BINARY) --generate-completion-script bash > $@

$(ZSH_COMPLETION): $(BINARY)
	@mkdir -p $(OUT)
	$(BINARY) --generate-completion-script zsh > $@

$(FISH_COMPLETION): $(BINARY)
	@mkdir -p $(OUT)
	$(BINARY) --generate-completion-script fish > $@

install: $(BINARY) $(MANPAGE) $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 0755 $(BINARY) $(BINDIR)/cloudcfg
	install -m 0644 $(MANPAGE) $(MANDIR)/cloudcfg.1
	install -m 0644 $(BASH_COMPLETION) $(BASHDIR)/cloudcfg
	install -m 0644 $(ZSH_COMPLETION) $(ZSHDIR)/_cloudcfg
	install -m 0644 $(FISH_COMPLETION) $(FISHDIR)/cloudcfg.fish

uninstall:
	rm -f $(BINDIR)/cloudcfg $(MANDIR)/cloudcfg.1 $(BASHDIR)/cloudcfg $(ZSHDIR)/_cloudcfg $(FISHDIR)/cloudcfg.fish

test:
	$(SWIFT) test

clean:
	rm -rf $(OUT)
	$(SWIFT) package clean
