# Read by cpack once per generator: the tarball unpacks to tokendesk-<version>-Linux/{bin,share}
# (the .deb and the .rpm install under /usr).
if(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/")
endif()
