def it = evaluate(new File(itCommon))
String log = it.buildLog(basedir)
assert log.contains('prepare-agent (default) on project bad-image-kind: Unknown image kind "cdx"; set <imageKind> (sysimg.imageKind) to cds or aot.')
assert !log.contains('Tests run:') : 'the tests ran although the image settings were known to be wrong'
assert !log.contains('\tat io.github.sysimg') : 'a stack trace was printed'
return true
