# The bundled chart drawn by gnuplot (5.4 or later: `set spiderplot`), for comparison with
# `versus --export-chart out.png --size 800x800`. The Caffe and Theano ratings of
# resources/frameworks.json are written here, so the script needs no other file.
#   gnuplot bench/peers/radar.gp            writes radar-gnuplot.png in the current folder
set terminal pngcairo size 800,800 font "Sans,10"
set output "radar-gnuplot.png"
set title "Caffe vs. Theano"
set spiderplot
set lmargin at screen 0.12
set rmargin at screen 0.88
set tmargin at screen 0.88
set bmargin at screen 0.12
set style spiderplot fillstyle transparent solid 0.22 border linewidth 2.5 pointtype 7 pointsize 1.2
set grid spiderplot
set for [p=1:4] paxis p range [0:5]
set paxis 1 tics 1 format "%g"
set for [p=2:4] paxis p tics format ""
set for [p=1:4] paxis p label word("Performance Scalability Ease-of-Use Ecosystem", p)
set key bottom center horizontal
set linetype 1 linecolor rgb "#0072B2"
set linetype 2 linecolor rgb "#D55E00"
# A row per framework (a polygon each), a column per metric (a spoke each).
$data << EOD
Caffe 4 3 3 5
Theano 3 4 4 3
EOD
plot for [i=2:5] $data using i:key(1)
